/**
 * The protocol's names, limits and the types of what the server sends: no zod, no runtime
 * weight, so the client can import it (shared/protocol.ts re-exports all of it with the schemas).
 * Bump PROTOCOL_VERSION on any breaking change.
 */
import type { StationCard } from './content'
import type { StationId } from './showroom'

export const PROTOCOL_VERSION = 1
export const ROOM_NAME = 'showroom'

export const CHAT_MAX_CHARS = 500
export const NAME_MAX_CHARS = 32

export const ROLES = ['visitor', 'rep', 'supervisor', 'kiosk'] as const
export type Role = (typeof ROLES)[number]
export const isStaffRole = (role: string): boolean => role === 'rep' || role === 'supervisor'

export const ERROR_CODES = [
  'INVALID', // the payload does not match the schema
  'UNKNOWN_TYPE', // no such message type
  'FORBIDDEN', // the sender's role may not do this
  'TELEPORT', // a move further than walking allows
  'RATE_LIMITED', // too many messages of this kind
  'NOT_FOUND',
  'CONFLICT', // e.g. a request somebody else accepted first
  'UNAVAILABLE', // the feature is not ready on this server yet
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * To a rep whose accepted visitor is in another room instance: a seat there. The client joins
 * with it (`consumeSeatReservation`) and then leaves its current room.
 */
export interface FollowMsg {
  reservation: {
    name: string
    sessionId: string
    roomId: string
    processId?: string
    publicAddress?: string
    reconnectionToken?: string
    devMode?: boolean
  }
  handoffId: string
}

export interface WelcomeMsg {
  protocolVersion: number
  sessionId: string
  role: Role
  visitorId?: string
  visitorToken?: string
  /** The server's clock (epoch ms) as it sent this: clients place running demo turns with it. */
  serverTime: number
}
export interface ChatMsg {
  from: string
  name: string
  text: string
  /** Server time, ISO 8601. */
  at: string
  private: boolean
  channel: 'nearby' | 'room' | 'private'
}
export interface ErrorMsg {
  code: ErrorCode
  message: string
  /** The message type that caused it, when there is one. */
  type?: string
}

/** Every server → client message, with its payload type. */
/** Your place in line for a robot demo (0 = you are driving / not in line). */
export interface DemoQueueMsg {
  stationId: StationId
  position: number
}

/** The acknowledgement of `leave-message`: the ticket is committed. */
export interface MessageSavedMsg {
  ticketId: string
  kind: 'message' | 'callback'
  /** When we promise to answer, ISO 8601. */
  dueAt: string
}

/** To every client in every room instance: staff saved this station's card (replace it whole). */
export interface ContentMsg {
  stationId: StationId
  card: StationCard
}

export interface OutboundMessages {
  content: ContentMsg
  'message-saved': MessageSavedMsg
  'demo-queue': DemoQueueMsg
  welcome: WelcomeMsg
  chat: ChatMsg
  error: ErrorMsg
}
