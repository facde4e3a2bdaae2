/**
 * The rep's view of the queue and their conversation, fed by staffWiring.ts. Waiting times tick
 * from the server's `waitingMs` and the moment it arrived, never from the rep's own clock.
 */
import { create } from 'zustand'
import type { ChatMsg } from '../../shared/protocolNames'

export interface QueueEntry {
  requestId: string
  visitorName: string
  channel: 'web' | 'kiosk'
  stationId: string | null
  waitingMs: number
  priority: number
}

export interface StaffConversation {
  handoffId: string
  requestId: string
  visitor: { sessionId: string; name: string }
  lines: ChatMsg[]
  ended: boolean
}

export interface StaffState {
  requests: QueueEntry[]
  /** performance.now() when `requests` arrived: waits tick from there. */
  requestsAt: number
  availability: 'available' | 'away'
  conversation?: StaffConversation
  /** Request ids seen so far, to tell a new request (and alert) from one already shown. */
  seen: Set<string>
  newArrivals: number
}

export const useStaff = create<StaffState>(() => ({
  requests: [],
  requestsAt: 0,
  availability: 'away',
  seen: new Set(),
  newArrivals: 0,
}))

export const staffActions = {
  requests(list: QueueEntry[]) {
    useStaff.setState((s) => {
      const fresh = list.filter((r) => !s.seen.has(r.requestId)).length
      const seen = new Set(s.seen)
      for (const r of list) seen.add(r.requestId)
      return {
        requests: list,
        requestsAt: performance.now(),
        seen,
        newArrivals: s.newArrivals + fresh,
      }
    })
  },
  handoff(msg: Omit<StaffConversation, 'lines' | 'ended'>) {
    useStaff.setState((s) => ({
      conversation: {
        ...msg,
        lines: s.conversation?.handoffId === msg.handoffId ? s.conversation.lines : [],
        ended: false,
      },
    }))
  },
  ended(handoffId: string) {
    useStaff.setState((s) =>
      s.conversation?.handoffId === handoffId
        ? { conversation: { ...s.conversation, ended: true } }
        : s,
    )
  },
  line(line: ChatMsg, me: string | undefined) {
    useStaff.setState((s) => {
      const c = s.conversation
      if (!c || c.ended || !line.private) return s
      if (line.from !== c.visitor.sessionId && line.from !== me) return s
      return { conversation: { ...c, lines: [...c.lines, line].slice(-300) } }
    })
  },
  closeConversation() {
    useStaff.setState({ conversation: undefined })
  },
  setAvailability(availability: 'available' | 'away') {
    useStaff.setState({ availability })
  },
}
