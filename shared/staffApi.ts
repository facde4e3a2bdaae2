/**
 * The staff and supervisor HTTP API's answers, as types both sides compile against (the server
 * validates input with zod in server/http; these are only the shapes it sends back). Times are
 * ISO 8601 strings, durations are milliseconds. Routes: docs/PROTOCOL.md, "Staff API".
 */
import type { StationId } from './showroom'

export type StaffRole = 'rep' | 'supervisor'
export type Channel = 'web' | 'kiosk'

/**
 * One entry of the staff-only `requests` message: the contract's six fields, then what the hub
 * adds as it sends (server/handoff/staffView.ts). An older server leaves the optional ones out.
 */
export interface StaffRequest {
  requestId: string
  visitorName: string
  channel: Channel
  stationId: string | null
  waitingMs: number
  priority: number
  visitorId?: string
  visitorSessionId?: string
  returning?: boolean
  /** One line, e.g. "3rd visit · tried Atlas-6, Kestrel · 1 handoff, rated 5". */
  history?: string
  /** Where the visitor stands now, e.g. "at reception". */
  where?: string
}

/** `GET /api/crm/visitors/:visitorId/profile` (rep or supervisor): what a rep needs to help. */
export interface VisitorProfile {
  visitor: {
    id: string
    displayName: string
    returning: boolean
    firstSeenAt: string
    lastSeenAt: string
    /** Present only when the visitor gave consent (a lead). */
    contact: { email: string | null; phone: string | null; company: string | null } | null
  }
  visits: number
  /** Stations the visitor spent time at, longest dwell first. */
  stations: { stationId: StationId; dwellMs: number; tries: number }[]
  /** Past handoffs, newest first. */
  handoffs: {
    id: string
    requestedAt: string
    repName: string | null
    status: string
    outcome: string | null
    rating: number | null
  }[]
  /** One line for the queue: "3rd visit · tried Arm, Drone · 1 handoff, rated 5". */
  summary: string
}

/** `POST /api/crm/leads` (rep or supervisor): a lead taken during a conversation. */
export interface RepLeadInput {
  /** An idempotency key (a UUID made by the form): sent twice, stored once. */
  id: string
  visitorId: string
  name: string
  company?: string
  email?: string
  phone?: string
  interests: StationId[]
  consent: true
}

/** `GET /api/supervisor/today` — today's numbers since local midnight on the server. */
export interface TodayReport {
  /** YYYY-MM-DD in the server's time zone. */
  day: string
  /** The promise: a request counts as answered in target when accepted within this time. */
  targetMs: number
  numbers: {
    visitors: number
    summons: number
    answered: number
    answeredWithinTarget: number
    /** answeredWithinTarget / summons, 0..1; null with no summons. */
    answeredWithinTargetRate: number | null
    waitP50Ms: number | null
    waitP90Ms: number | null
    /** Median time from accept to the rep's first line. */
    firstResponseP50Ms: number | null
    missed: number
    satisfactionAvg: number | null
    ratings: number
    ticketsOpen: number
    ticketsOverdue: number
  }
  /** One entry per hour from midnight to now, for the charts. */
  hourly: { hour: string; visitors: number; summons: number; answered: number; missed: number }[]
  /** Busiest stations by total dwell today, busiest first. */
  stations: { stationId: StationId; dwellMs: number; visits: number }[]
}

/** `GET /api/supervisor/scoreboard` — today's figures per rep. */
export interface ScoreboardRow {
  staffId: string
  name: string
  role: StaffRole
  handled: number
  /** Average wait of the visitors this rep took. */
  avgWaitMs: number | null
  firstResponseP50Ms: number | null
  ratingAvg: number | null
  ratings: number
  /** Time marked available today. */
  availableMs: number
  /** Time on planned shifts today, up to now. */
  scheduledMs: number
}

/** A planned shift: wall-clock times in the server's time zone. */
export interface Shift {
  id: string
  staffId: string
  staffName: string
  /** YYYY-MM-DD */
  day: string
  /** HH:MM, 24-hour; end after start (a night shift is two entries). */
  start: string
  end: string
}

/** `GET /api/supervisor/coverage` — who should be on duty now against the minimum. */
export interface Coverage {
  minReps: number
  /** Reps marked available right now (scheduled or not). */
  available: { staffId: string; name: string }[]
  /** Reps whose shift covers now. */
  scheduled: { staffId: string; name: string; available: boolean }[]
  /** available.length < minReps */
  belowMinimum: boolean
}

/** `GET /api/staff` — accounts, never with password hashes. */
export interface StaffMember {
  id: string
  email: string
  name: string
  role: StaffRole
  active: boolean
  createdAt: string
}
