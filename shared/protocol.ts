/**
 * The wire protocol of the `showroom` room: one zod schema per inbound payload, plus everything in
 * protocolNames.ts (names, limits, the types of what the server sends), re-exported. The server
 * validates with this file; the client imports protocolNames.ts so zod stays out of its bundle.
 * docs/PROTOCOL.md explains it.
 * Bump PROTOCOL_VERSION on any breaking change.
 */
import { z } from 'zod'
import { CHAT_MAX_CHARS, NAME_MAX_CHARS } from './protocolNames'
import { STATIONS, type StationId } from './showroom'

export * from './protocolNames'

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
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, like #3a86ff')
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
      .pipe(
        z
          .string()
          .min(1, 'the message is empty')
          .max(CHAT_MAX_CHARS, `a message can be at most ${CHAT_MAX_CHARS} characters`),
      ),
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
