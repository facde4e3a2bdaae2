/**
 * The rep's view of the queue and their conversation, fed by staffWiring.ts. Waiting times tick
 * from the server's `waitingMs` and the moment it arrived, never from the rep's own clock. The
 * visitor's profile (HTTP, fetched on accept) is kept here beside the conversation it belongs to.
 */
import { create } from 'zustand'
import type { ChatMsg } from '../../shared/protocolNames'
import type { Channel, StaffRequest, VisitorProfile } from '../../shared/staffApi'

/** One entry of the staff-only `requests` message, as the server sends it. */
export type RequestsEntry = StaffRequest

/** A queue row: the server's entry with the later fields made explicit. */
export interface QueueEntry {
  requestId: string
  visitorName: string
  channel: Channel
  stationId: string | null
  waitingMs: number
  priority: number
  /** Absent only from an older server. */
  visitorId?: string
  visitorSessionId?: string
  returning: boolean
  /** '' when the server sent none. */
  history: string
  /** Absent from an older server: the row then says where the summon came from. */
  where?: string
}

export function toQueueEntry(r: RequestsEntry): QueueEntry {
  return {
    requestId: r.requestId,
    visitorName: r.visitorName,
    channel: r.channel === 'kiosk' ? 'kiosk' : 'web',
    stationId: r.stationId ?? null,
    waitingMs: r.waitingMs,
    priority: r.priority,
    visitorId: r.visitorId || undefined,
    visitorSessionId: r.visitorSessionId || undefined,
    returning: r.returning === true,
    history: r.history ?? '',
    where: r.where || undefined,
  }
}

/** The `handoff` message as the rep receives it. */
export interface HandoffMsg {
  handoffId: string
  requestId: string
  rep?: { sessionId: string; name: string }
  visitor: { sessionId: string; name: string }
  /** The visitor's stable id: a page loaded mid-conversation has no queue entry to take it from. */
  visitorId?: string
}

export interface StaffConversation {
  handoffId: string
  requestId: string
  visitor: { sessionId: string; name: string }
  /** From the queue entry the handoff came from, else from `handoff`; null from neither. */
  visitorId: string | null
  /** That queue entry (where they stood, which station, their history), when known. */
  entry: QueueEntry | null
  lines: ChatMsg[]
  ended: boolean
}

export type ProfileView =
  | { visitorId: string; status: 'loading' }
  | { visitorId: string; status: 'ready'; profile: VisitorProfile }
  | { visitorId: string; status: 'failed'; error: string }

export interface StaffState {
  requests: QueueEntry[]
  /** performance.now() when `requests` arrived: waits tick from there. */
  requestsAt: number
  availability: 'available' | 'away'
  conversation?: StaffConversation
  /** The entry the rep pressed Accept on: the server drops it from `requests` before `handoff`. */
  accepting?: QueueEntry
  profile?: ProfileView
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

/** The queue entry a handoff came from: the one accepted here, else one still listed. */
function entryFor(s: StaffState, msg: HandoffMsg): QueueEntry | null {
  if (s.accepting?.requestId === msg.requestId) return s.accepting
  return (
    s.requests.find((r) => r.requestId === msg.requestId) ??
    s.requests.find((r) => r.visitorSessionId === msg.visitor.sessionId) ??
    null
  )
}

export const staffActions = {
  requests(list: RequestsEntry[]) {
    useStaff.setState((s) => {
      const entries = list.map(toQueueEntry)
      const fresh = entries.filter((r) => !s.seen.has(r.requestId)).length
      const seen = new Set(s.seen)
      for (const r of entries) seen.add(r.requestId)
      return {
        requests: entries,
        requestsAt: performance.now(),
        seen,
        newArrivals: s.newArrivals + fresh,
      }
    })
  },
  /** The rep pressed Accept: remember the entry so the conversation knows who the visitor is. */
  accepting(requestId: string) {
    useStaff.setState((s) => ({ accepting: s.requests.find((r) => r.requestId === requestId) }))
  },
  handoff(msg: HandoffMsg): StaffConversation {
    useStaff.setState((s) => {
      const same = s.conversation?.handoffId === msg.handoffId ? s.conversation : undefined
      const entry = entryFor(s, msg) ?? same?.entry ?? null
      const visitorId = entry?.visitorId ?? msg.visitorId ?? same?.visitorId ?? null
      return {
        conversation: {
          handoffId: msg.handoffId,
          requestId: msg.requestId,
          visitor: msg.visitor,
          visitorId,
          entry,
          lines: same?.lines ?? [],
          ended: false,
        },
        accepting: undefined,
        // Another visitor's profile must not linger beside this conversation.
        profile: s.profile?.visitorId === visitorId ? s.profile : undefined,
      }
    })
    return useStaff.getState().conversation!
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
    useStaff.setState({ conversation: undefined, profile: undefined })
  },
  setAvailability(availability: 'available' | 'away') {
    useStaff.setState({ availability })
  },
  profileLoading(visitorId: string) {
    useStaff.setState({ profile: { visitorId, status: 'loading' } })
  },
  /** A late answer for a visitor the rep no longer talks with is dropped. */
  profileLoaded(visitorId: string, profile: VisitorProfile) {
    useStaff.setState((s) =>
      s.profile?.visitorId === visitorId ? { profile: { visitorId, status: 'ready', profile } } : s,
    )
  },
  profileFailed(visitorId: string, error: string) {
    useStaff.setState((s) =>
      s.profile?.visitorId === visitorId ? { profile: { visitorId, status: 'failed', error } } : s,
    )
  },
}
