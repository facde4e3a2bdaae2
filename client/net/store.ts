/**
 * The slow facts of the showroom, for React to read with selectors: who is here (membership,
 * not positions), my identity, the connection's state, chat lines and notices. Positions never
 * pass through here: they go to the motion buffer (motion.ts).
 */
import { create } from 'zustand'
import type { StationCards } from '../../shared/content'
import type { ChatMsg, ErrorMsg, Role } from '../../shared/protocol'
import type { StationId } from '../../shared/showroom'

export interface Member {
  name: string
  role: Role
  color: string
}

export type ConnectionStatus =
  'idle' | 'connecting' | 'online' | 'reconnecting' | 'offline' | 'refused'

export interface Notice extends ErrorMsg {
  id: number
}

/** A robot demo as the room shows it (StationDemo in shared/state.ts). */
export interface DemoView {
  running: boolean
  mode: string
  driver: string
  driverSession: string
  turnMs: number
  turn: number
  waiting: number
  /** When the current turn started, on the server's clock (epoch ms; see serverClock.ts). */
  startedAt: number
}

export interface ShowroomStore {
  demos: Partial<Record<StationId, DemoView>>
  /** My place in line per station (0 or absent: not waiting). */
  demoQueue: Partial<Record<StationId, number>>
  cards?: StationCards
  status: ConnectionStatus
  /** Why the server refused us, or why we are offline. */
  statusText?: string
  /** `visitorToken` is kept in memory only (a kiosk hands it to the lead and phone routes). */
  me?: { sessionId: string; role: Role; visitorId?: string; visitorToken?: string }
  members: Record<string, Member>
  chat: ChatMsg[]
  notices: Notice[]
}

/** Chat lines kept on screen: older ones scroll away. */
export const CHAT_HISTORY_LINES = 100
/** A notice disappears after this long. */
export const NOTICE_MS = 5000

export const useShowroom = create<ShowroomStore>(() => ({
  status: 'idle',
  demos: {},
  demoQueue: {},
  members: {},
  chat: [],
  notices: [],
}))

let noticeSeq = 0

export const showroomActions = {
  setStatus(status: ConnectionStatus, statusText?: string) {
    useShowroom.setState({ status, statusText })
  },
  addMember(sessionId: string, member: Member) {
    useShowroom.setState((s) => ({ members: { ...s.members, [sessionId]: member } }))
  },
  removeMember(sessionId: string) {
    useShowroom.setState((s) => {
      const members = { ...s.members }
      delete members[sessionId]
      return { members }
    })
  },
  addChat(line: ChatMsg) {
    useShowroom.setState((s) => ({ chat: [...s.chat, line].slice(-CHAT_HISTORY_LINES) }))
  },
  notify(error: ErrorMsg) {
    const notice = { ...error, id: ++noticeSeq }
    useShowroom.setState((s) => ({ notices: [...s.notices, notice].slice(-3) }))
    setTimeout(() => {
      useShowroom.setState((s) => ({ notices: s.notices.filter((n) => n.id !== notice.id) }))
    }, NOTICE_MS)
  },
  setDemo(id: StationId, demo: DemoView) {
    useShowroom.setState((s) => ({ demos: { ...s.demos, [id]: demo } }))
  },
  reset() {
    useShowroom.setState({ members: {}, chat: [], notices: [], me: undefined })
  },
}
