/**
 * The records the CRM keeps, as the rest of the server sees them. Times inside records are epoch
 * milliseconds from the server's clock (DESIGN.md, "Time"); the views sent over HTTP (`*View`,
 * exports) carry ISO 8601 strings, as the public contract says.
 */

/** Every store method takes the time from its caller, so tests control the clock. */
export type Time = Date | number

export type Channel = 'web' | 'kiosk'
export type HandoffStatus = 'waiting' | 'active' | 'ended' | 'cancelled' | 'missed'
export type StaffRole = 'rep' | 'supervisor'
export type StaffState = 'available' | 'away' | 'busy' | 'offline'
export type TicketKind = 'message' | 'callback'
export type TicketStatus = 'open' | 'resolved'
export type TranscriptRole = 'visitor' | 'rep' | 'supervisor' | 'system'

/** The display name every erased visitor is left with. */
export const ERASED = 'erased'
/** Outcome given to handoffs found `active` on start: nobody can still be in them. */
export const SERVER_RESTART_OUTCOME = 'server-restart'

export interface VisitorRecord {
  id: string
  displayName: string
  /** Contact details exist only together with consent (and the time it was given). */
  email: string | null
  phone: string | null
  company: string | null
  consent: boolean
  consentAt: number | null
  firstSeenAt: number
  lastSeenAt: number
  /** True once the same visitor id has come back after its first visit. */
  returning: boolean
}

export interface ContactDetails {
  email?: string
  phone?: string
  company?: string
  /** Contact details are refused without an explicit consent time. */
  consentAt: Time
}

export interface VisitRecord {
  id: string
  visitorId: string
  channel: Channel
  /** A coarse class ('desktop', 'phone', 'kiosk'), never a fingerprint. */
  device: string
  startedAt: number
  endedAt: number | null
}

export interface DwellRecord {
  visitId: string
  visitorId: string
  stationId: string
  enteredAt: number
  dwellMs: number
  tries: number
}

export interface NewRequest {
  /** Ids chosen by the caller (the workflow names the request before it is saved); new if absent. */
  id?: string
  requestId?: string
  visitorId: string
  visitorName: string
  channel: Channel
  stationId?: string | null
  topic?: string | null
  /** Inputs of the queue's priority rule, kept so the order can be explained later. */
  returning: boolean
  priority: number
  at: Time
}

export interface HandoffRecord {
  /** The handoff id; `requestId` names the same row while it is still a request. */
  id: string
  requestId: string
  visitorId: string
  visitorName: string
  channel: Channel
  stationId: string | null
  topic: string | null
  returning: boolean
  priority: number
  status: HandoffStatus
  requestedAt: number
  acceptedAt: number | null
  endedAt: number | null
  /** requestedAt → acceptedAt: the promise we measure. */
  waitMs: number | null
  /** requestedAt → the staff's first line in the conversation. */
  firstResponseMs: number | null
  repId: string | null
  outcome: string | null
  notes: string | null
  rating: number | null
  ratingComment: string | null
}

export type AcceptResult =
  { won: true; handoff: HandoffRecord } | { won: false; handoff: HandoffRecord | null }

export interface TranscriptLine {
  handoffId: string
  from: TranscriptRole
  text: string
  at: number
}

export interface NewTicket {
  visitorId?: string | null
  requestId?: string | null
  kind: TicketKind
  name: string
  email?: string | null
  phone?: string | null
  text: string
  consent: boolean
  at: Time
  dueAt: Time
}

export interface LeadRecord {
  /** The idempotency key made by the kiosk or the rep's form. */
  id: string
  kioskId: string | null
  visitorId: string | null
  name: string
  company: string | null
  email: string | null
  phone: string | null
  interests: string[]
  consentAt: number
  createdAt: number
  /** Staff id of the rep who took the lead in a conversation; absent or null for a kiosk's. */
  takenBy?: string | null
}

export interface KioskRecord {
  id: string
  name: string
  booth: string
  createdBy: string
  createdAt: number
  revokedAt: number | null
}

export interface TicketReply {
  staffId: string
  text: string
  at: number
}

export interface TicketRecord {
  id: string
  visitorId: string | null
  requestId: string | null
  kind: TicketKind
  name: string
  email: string | null
  phone: string | null
  text: string
  consent: boolean
  createdAt: number
  dueAt: number
  status: TicketStatus
  resolvedAt: number | null
  resolvedBy: string | null
  replies: TicketReply[]
}

export interface StaffRecord {
  id: string
  email: string
  name: string
  role: StaffRole
  active: boolean
  createdAt: number
}

/** Only the login path needs the hash; every listing uses StaffRecord. */
export interface StaffAccount extends StaffRecord {
  passwordHash: string
}

export interface StaffStatusEntry {
  staffId: string
  state: StaffState
  at: number
}
