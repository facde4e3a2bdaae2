/**
 * The CRM store: the one interface the server writes its records through, whatever the database.
 * Every method that resolves has committed its write (DESIGN.md, "What saved means"): a caller may
 * acknowledge a summon, ticket, rating or lead as soon as the promise resolves. Times always come
 * from the caller. The queue of summons lives here too, so that several processes agree on it.
 */
import type {
  AcceptResult,
  ContactDetails,
  HandoffRecord,
  NewRequest,
  NewTicket,
  StaffAccount,
  StaffRecord,
  StaffRole,
  StaffState,
  StaffStatusEntry,
  TicketRecord,
  KioskRecord,
  LeadRecord,
  TicketStatus,
  Time,
  TranscriptLine,
  VisitorRecord,
  VisitRecord,
  Channel,
  DwellRecord,
} from './types'
import type { HandoffView, Observation, VisitView, VisitorExport } from './views'
import type { StationCardRecord } from './content'
import type { NewShift, ShiftRecord } from './shifts'
import type { ActivityRows } from './reports'
import type { VisitorHistory } from './visitorHistory'

export interface CrmStore {
  readonly dialect: 'sqlite' | 'postgres'

  // Visitors
  /** Creates the visitor or, for a known id, updates name and last seen and marks it returning. */
  upsertVisitor(input: { id: string; displayName: string; at: Time }): Promise<VisitorRecord>
  getVisitor(id: string): Promise<VisitorRecord | null>
  /** A lead: contact details saved only with consent. Resolves false for an unknown visitor. */
  saveContact(visitorId: string, contact: ContactDetails): Promise<boolean>
  /** Visits, station dwell and past conversations, for the rep; null for an unknown visitor. */
  visitorHistory(visitorId: string): Promise<VisitorHistory | null>

  // Visits and station dwell (usually through the RecordQueue, see writeObservations)
  startVisit(input: {
    id?: string
    visitorId: string
    channel: Channel
    device: string
    at: Time
  }): Promise<VisitRecord>
  endVisit(visitId: string, at: Time): Promise<void>
  recordDwell(dwell: DwellRecord): Promise<void>
  /** Applies a batch of observations in one transaction: all or none. */
  writeObservations(batch: readonly Observation[]): Promise<void>
  /** Newest first. */
  listVisits(options?: { limit?: number }): Promise<VisitView[]>

  // Summons and handoffs
  createRequest(input: NewRequest): Promise<HandoffRecord>
  getHandoff(handoffId: string): Promise<HandoffRecord | null>
  getRequest(requestId: string): Promise<HandoffRecord | null>
  /** Requests still waiting, oldest first; the caller orders them by its priority rule. */
  listWaiting(): Promise<HandoffRecord[]>
  /** First accept wins, across processes: a conditional update on status = 'waiting'. */
  acceptRequest(requestId: string, repId: string, at: Time): Promise<AcceptResult>
  /** Resolves true only if the request was still waiting. */
  cancelRequest(requestId: string, at: Time): Promise<boolean>
  /** Nobody accepted in time; resolves true only if the request was still waiting. */
  markMissed(requestId: string, at: Time): Promise<boolean>
  /** Resolves true only if the handoff was active. */
  endHandoff(handoffId: string, outcome: string, notes: string | null, at: Time): Promise<boolean>
  /** Once, and only for an ended handoff; score 1..5. */
  rateHandoff(handoffId: string, score: number, comment: string | null, at: Time): Promise<boolean>
  /** A staff line also sets the handoff's first response time if it has none yet. */
  appendTranscript(line: {
    handoffId: string
    from: TranscriptLine['from']
    text: string
    at: Time
  }): Promise<void>
  getTranscript(handoffId: string): Promise<TranscriptLine[]>
  /** Newest first, in the contract's shape. */
  listHandoffs(options?: { limit?: number }): Promise<HandoffView[]>
  /** Milliseconds from accept to end of the most recent ended handoffs, newest first (for ETAs). */
  recentHandlingTimes(options?: { limit?: number }): Promise<number[]>
  /** On start: ends handoffs left active (outcome 'server-restart'); waiting requests stay. */
  reconcileOnStart(now: Time): Promise<{ endedActive: number; stillWaiting: number }>

  // Messages and call-backs
  createTicket(input: NewTicket): Promise<TicketRecord>
  getTicket(ticketId: string): Promise<TicketRecord | null>
  /** Oldest due first. */
  listTickets(options?: { status?: TicketStatus }): Promise<TicketRecord[]>
  replyTicket(
    ticketId: string,
    reply: { staffId: string; text: string; at: Time },
  ): Promise<boolean>
  resolveTicket(ticketId: string, staffId: string, at: Time): Promise<boolean>

  // Staff
  /** Rejects with DuplicateEmailError when the email (case-insensitive) is taken. */
  createStaff(input: {
    email: string
    name: string
    role: StaffRole
    passwordHash: string
    at: Time
  }): Promise<StaffRecord>
  listStaff(): Promise<StaffRecord[]>
  getStaff(staffId: string): Promise<StaffRecord | null>
  /** The only read that returns the password hash: for the login route. */
  getStaffByEmail(email: string): Promise<StaffAccount | null>
  deactivateStaff(staffId: string): Promise<boolean>
  setStaffPassword(staffId: string, passwordHash: string): Promise<boolean>
  appendStaffStatus(staffId: string, state: StaffState, at: Time): Promise<void>
  listStaffStatus(options?: { staffId?: string; since?: Time }): Promise<StaffStatusEntry[]>

  // Kiosks
  createKiosk(input: {
    name: string
    booth: string
    createdBy: string
    at: Time
  }): Promise<KioskRecord>
  getKiosk(id: string): Promise<KioskRecord | null>
  /** Oldest first, revoked ones included. */
  listKiosks(): Promise<KioskRecord[]>
  /** Resolves true only if the kiosk was active. */
  revokeKiosk(id: string, at: Time): Promise<boolean>

  // Leads and phone handovers (kiosks)
  /** Committed before it resolves; `created: false` for a repeated idempotency key. */
  saveLead(lead: LeadRecord): Promise<{ created: boolean }>
  listLeads(): Promise<LeadRecord[]>
  createHandover(input: { code: string; visitorId: string; expiresAt: Time }): Promise<void>
  /** The visitor id, once, before the code expires; null otherwise. */
  redeemHandover(code: string, at: Time): Promise<string | null>

  // Privacy
  exportVisitor(visitorId: string, now: Time): Promise<VisitorExport | null>
  /** Removes personal data, keeps anonymous rows for reports. Resolves false if unknown. */
  eraseVisitor(visitorId: string): Promise<boolean>

  // Station cards (staff edits over the shipped defaults; server/crm/content.ts)
  /** Inserts or replaces the station's card, committed before it resolves: the last save wins. */
  saveStationCard(input: { stationId: string; card: unknown; by: string; at: Time }): Promise<void>
  /** Every stored edit; the cards are parsed JSON, for the caller to validate. */
  listStationCards(): Promise<StationCardRecord[]>

  // Shifts, settings and the supervisor's reports (server/crm/shifts.ts, server/crm/reports.ts)
  createShift(input: NewShift): Promise<ShiftRecord>
  /** One day's shifts (optionally one staff member's), earliest start first. */
  listShifts(options: { day: string; staffId?: string }): Promise<ShiftRecord[]>
  /** Resolves false for an unknown shift. */
  deleteShift(shiftId: string): Promise<boolean>
  getSetting(key: string): Promise<string | null>
  /** Inserts or replaces, committed before it resolves. */
  setSetting(key: string, value: string): Promise<void>
  /** Handoffs requested or accepted, visits started and dwell entered since then; open tickets. */
  activitySince(since: Time): Promise<ActivityRows>
  /** Each staff member's latest status at or before `at`. */
  staffStatusAt(at: Time): Promise<StaffStatusEntry[]>

  close(): Promise<void>
}

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`A staff account with the email ${email} already exists.`)
    this.name = 'DuplicateEmailError'
  }
}
