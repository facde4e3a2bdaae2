/**
 * What the handoff workflow tells clients: the payload of every server → client message it
 * produces, by type. `queue`, `requests`, `handoff`, `handoff-ended` and `error` are the public
 * contract's; `offer-message`, `summon-cancelled`, `rating-saved` and `rep-reconnecting` are
 * additions.
 */
import type { ErrorCode } from '../../shared/protocol'
import type { StaffRequest } from '../../shared/staffApi'

/** One waiting visitor as staff see it (the type both sides compile against). */
export type { StaffRequest }

export interface QueueMsg {
  requestId: string
  position: number
  etaSeconds: number | null
}

export interface StaffRequestsMsg {
  requests: StaffRequest[]
}

export type OfferReason = 'no-rep-available' | 'long-wait' | 'missed' | 'rep-left'

/** Server → client payloads this workflow produces, by message type. */
export interface HandoffOutbound {
  queue: QueueMsg
  requests: StaffRequestsMsg
  handoff: {
    handoffId: string
    requestId: string
    rep: { sessionId: string; name: string }
    visitor: { sessionId: string; name: string }
    /** The visitor's stable id, in the rep's copy only (for the profile and the lead form). */
    visitorId?: string
  }
  /** The rep's session left mid-conversation; they may come back (a `handoff` says they did). */
  'rep-reconnecting': { handoffId: string }
  'handoff-ended': { handoffId: string; outcome: string }
  /** Leave a message or ask for a call-back instead of (or while) waiting. */
  'offer-message': { requestId: string; reason: OfferReason }
  /** The acknowledgement of `cancel-summon`. */
  'summon-cancelled': { requestId: string }
  /** The thank-you after a rating, sent once the record is committed. */
  'rating-saved': { handoffId: string; score: number }
  error: { code: ErrorCode; message: string; type?: string }
}

export type SendEffect = {
  [K in keyof HandoffOutbound]: { kind: 'send'; to: string; type: K; payload: HandoffOutbound[K] }
}[keyof HandoffOutbound]
