/**
 * The wire protocol of the `showroom` room: message names, one zod schema per inbound payload,
 * and the types of what the server sends. Both sides import this file; docs/PROTOCOL.md explains it.
 * Bump PROTOCOL_VERSION on any breaking change.
 */
import { z } from 'zod'
import { STATIONS, type StationId } from './showroom'

export const PROTOCOL_VERSION = 1
export const ROOM_NAME = 'showroom'

export const CHAT_MAX_CHARS = 500
export const NAME_MAX_CHARS = 32

export const ROLES = ['visitor', 'rep', 'supervisor', 'kiosk'] as const
export type Role = (typeof ROLES)[number]
export const isStaffRole = (role: string): boolean => role === 'rep' || role === 'supervisor'

const stationIds = STATIONS.map((s) => s.id) as [StationId, ...StationId[]]
const finite = z.number().finite()

/** Display names: trimmed, no control characters, not empty. */
export const DisplayName = z
  .string()
  .transform((s) => s.replace(/[\p{Cc}\p{Cf}]/gu, '').trim())
  .pipe(z.string().min(1).max(NAME_MAX_CHARS))

export const JoinOptions = z.object({
  name: DisplayName.optional(),
  visitorToken: z.string().max(512).optional(),
  channel: z.enum(['web', 'kiosk']).optional(),
  kioskToken: z.string().max(512).optional(),
  /** A CSS hex colour the visitor picked for their avatar. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  /** Staff only: joining through a `follow` seat reservation, to stand beside their visitor. */
  follow: z
    .object({ from: z.string().min(1).max(64), handoffId: z.string().min(1).max(128) })
    .strict()
    .optional(),
})
export type JoinOptions = z.infer<typeof JoinOptions>

export const Move = z.object({ x: finite, z: finite, ry: finite }).strict()
export const Chat = z
  .object({
    text: z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().min(1).max(CHAT_MAX_CHARS)),
    to: z.string().min(1).max(64).optional(),
    /** `room` sends to everybody (announcements); the default is people within hearing distance. */
    channel: z.enum(['nearby', 'room']).optional(),
  })
  .strict()
export const Summon = z
  .object({ stationId: z.enum(stationIds).optional(), topic: z.string().max(200).optional() })
  .strict()
export const CancelSummon = z.object({}).strict()
export const Rate = z
  .object({
    handoffId: z.string().min(1).max(64),
    score: z.number().int().min(1).max(5),
    comment: z.string().max(1000).optional(),
  })
  .strict()
export const Try = z
  .object({ stationId: z.enum(stationIds), mode: z.string().min(1).max(40).optional() })
  .strict()
export const StopDemo = z.object({ stationId: z.enum(stationIds) }).strict()
/** A message or call-back request when nobody could come (or instead of waiting). */
export const LeaveMessage = z
  .object({
    kind: z.enum(['message', 'callback']),
    name: DisplayName,
    email: z.email().max(200).optional(),
    phone: z
      .string()
      .regex(/^[+0-9 ()./-]{6,24}$/, 'a phone number: digits, spaces and + ( ) - only')
      .optional(),
    text: z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().min(1).max(2000)),
    consent: z.literal(true, 'we can only keep your details with your consent'),
    requestId: z.string().min(1).max(80).optional(),
  })
  .strict()
  .refine((m) => m.email || m.phone, 'leave an email or a phone number so we can answer')
export const Status = z.object({ state: z.enum(['available', 'away']) }).strict()
export const Accept = z.object({ requestId: z.string().min(1).max(64) }).strict()
export const EndHandoff = z
  .object({
    handoffId: z.string().min(1).max(64),
    outcome: z.string().min(1).max(64),
    notes: z.string().max(4000).optional(),
  })
  .strict()

/** Every client → server message, with its payload schema. */
export const INBOUND = {
  move: Move,
  chat: Chat,
  summon: Summon,
  'cancel-summon': CancelSummon,
  rate: Rate,
  status: Status,
  accept: Accept,
  'end-handoff': EndHandoff,
  try: Try,
  'stop-demo': StopDemo,
  'leave-message': LeaveMessage,
} as const
export type InboundType = keyof typeof INBOUND
export type Inbound<T extends InboundType> = z.infer<(typeof INBOUND)[T]>

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

export interface OutboundMessages {
  'message-saved': MessageSavedMsg
  'demo-queue': DemoQueueMsg
  welcome: WelcomeMsg
  chat: ChatMsg
  error: ErrorMsg
}
