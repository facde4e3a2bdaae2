/**
 * The tables as Kysely sees them. Property names are camelCase; the CamelCasePlugin maps them to
 * snake_case columns. Times are epoch milliseconds in `bigint` columns and flags are 0/1 integers,
 * the one representation SQLite and PostgreSQL share.
 */
type Int = number | string
type Flag = number

export interface VisitorsTable {
  id: string
  displayName: string
  email: string | null
  phone: string | null
  company: string | null
  consent: Flag
  consentAt: Int | null
  firstSeenAt: Int
  lastSeenAt: Int
  returning: Flag
}

export interface VisitsTable {
  id: string
  visitorId: string
  channel: string
  device: string
  startedAt: Int
  endedAt: Int | null
}

export interface DwellsTable {
  id: string
  visitId: string
  visitorId: string
  stationId: string
  enteredAt: Int
  dwellMs: Int
  tries: Int
}

export interface HandoffsTable {
  id: string
  requestId: string
  visitorId: string
  visitorName: string
  channel: string
  stationId: string | null
  topic: string | null
  returning: Flag
  priority: Int
  status: string
  requestedAt: Int
  acceptedAt: Int | null
  endedAt: Int | null
  waitMs: Int | null
  firstResponseMs: Int | null
  repId: string | null
  outcome: string | null
  notes: string | null
  rating: Int | null
  ratingComment: string | null
  ratedAt: Int | null
}

export interface TranscriptsTable {
  id: string
  handoffId: string
  fromRole: string
  text: string
  at: Int
}

export interface TicketsTable {
  id: string
  visitorId: string | null
  requestId: string | null
  kind: string
  name: string
  email: string | null
  phone: string | null
  text: string
  consent: Flag
  createdAt: Int
  dueAt: Int
  status: string
  resolvedAt: Int | null
  resolvedBy: string | null
}

export interface TicketRepliesTable {
  id: string
  ticketId: string
  staffId: string
  text: string
  at: Int
}

export interface StaffTable {
  id: string
  email: string
  name: string
  role: string
  passwordHash: string
  active: Flag
  createdAt: Int
}

export interface StaffStatusTable {
  id: string
  staffId: string
  state: string
  at: Int
}

export interface KiosksTable {
  id: string
  name: string
  booth: string
  createdBy: string
  createdAt: Int
  revokedAt: Int | null
}

export interface LeadsTable {
  id: string
  kioskId: string | null
  visitorId: string | null
  name: string
  company: string | null
  email: string | null
  phone: string | null
  /** JSON array of station ids. */
  interests: string
  consentAt: Int
  createdAt: Int
  /** The staff member who took the lead in a conversation; null for a kiosk's (0006). */
  takenBy: string | null
}

export interface HandoversTable {
  code: string
  visitorId: string
  expiresAt: Int
  usedAt: Int | null
}

/** Station cards as staff edited them (server/crm/content.ts); the card is JSON text. */
export interface StationCardsTable {
  stationId: string
  card: string
  updatedAt: Int
  updatedBy: string
}

/** Planned shifts (server/crm/shifts.ts): day YYYY-MM-DD, start and end HH:MM (end may be 24:00). */
export interface ShiftsTable {
  id: string
  staffId: string
  day: string
  start: string
  end: string
  createdAt: Int
  createdBy: string
}

/** Small named settings, such as `minReps`; values are text the caller parses. */
export interface SettingsTable {
  key: string
  value: string
}

export interface Database {
  leads: LeadsTable
  handovers: HandoversTable
  kiosks: KiosksTable
  visitors: VisitorsTable
  visits: VisitsTable
  dwells: DwellsTable
  handoffs: HandoffsTable
  transcripts: TranscriptsTable
  tickets: TicketsTable
  ticketReplies: TicketRepliesTable
  staff: StaffTable
  staffStatus: StaffStatusTable
  shifts: ShiftsTable
  settings: SettingsTable
  stationCards: StationCardsTable
}
