/**
 * The rows behind the supervisor's figures, read in a few plain queries: the arithmetic lives in
 * server/reports (pure functions over these rows, tested with an injected `now`). Nothing here
 * returns personal data: handoffs are stripped of names, topics, notes and comments.
 */
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import { num, numOrNull, toMs } from './time'
import type { HandoffStatus, StaffState, StaffStatusEntry, Time } from './types'

type Db = Kysely<Database>

/** How far before `since` an accepted request may have been made (ms): far beyond any target. */
const LOOKBACK_MS = 24 * 3_600_000

/** A handoff as the reports count it. */
export interface HandoffFact {
  id: string
  visitorId: string
  repId: string | null
  status: HandoffStatus
  requestedAt: number
  acceptedAt: number | null
  /** requestedAt → acceptedAt */
  waitMs: number | null
  /** requestedAt → the staff's first line */
  firstResponseMs: number | null
  rating: number | null
}

export interface ActivityRows {
  /** Requested or accepted since `since`. */
  handoffs: HandoffFact[]
  /** Visits started since `since`. */
  visits: { visitorId: string; startedAt: number }[]
  /** Station dwell entered since `since`. */
  dwells: { visitId: string; stationId: string; dwellMs: number }[]
  /** Every open ticket's due time, whenever it was left. */
  openTicketsDue: number[]
}

/** What happened since `since` (the caller's local midnight). */
export async function activitySince(db: Db, since: Time): Promise<ActivityRows> {
  const from = toMs(since)
  const [handoffs, visits, dwells, tickets] = await Promise.all([
    db
      .selectFrom('handoffs')
      .select([
        'id',
        'visitorId',
        'repId',
        'status',
        'requestedAt',
        'acceptedAt',
        'waitMs',
        'firstResponseMs',
        'rating',
      ])
      // The lower bound keeps to the requested_at index: a request still waiting a day on is
      // long missed, so nothing accepted since `since` was requested before it.
      .where('requestedAt', '>=', from - LOOKBACK_MS)
      .where((eb) => eb.or([eb('requestedAt', '>=', from), eb('acceptedAt', '>=', from)]))
      .orderBy('requestedAt')
      .execute(),
    db
      .selectFrom('visits')
      .select(['visitorId', 'startedAt'])
      .where('startedAt', '>=', from)
      .execute(),
    db
      .selectFrom('dwells')
      .select(['visitId', 'stationId', 'dwellMs'])
      .where('enteredAt', '>=', from)
      .execute(),
    db.selectFrom('tickets').select('dueAt').where('status', '=', 'open').execute(),
  ])
  return {
    handoffs: handoffs.map((h) => ({
      id: h.id,
      visitorId: h.visitorId,
      repId: h.repId,
      status: h.status as HandoffStatus,
      requestedAt: num(h.requestedAt),
      acceptedAt: numOrNull(h.acceptedAt),
      waitMs: numOrNull(h.waitMs),
      firstResponseMs: numOrNull(h.firstResponseMs),
      rating: numOrNull(h.rating),
    })),
    visits: visits.map((v) => ({ visitorId: v.visitorId, startedAt: num(v.startedAt) })),
    dwells: dwells.map((d) => ({
      visitId: d.visitId,
      stationId: d.stationId,
      dwellMs: num(d.dwellMs),
    })),
    openTicketsDue: tickets.map((t) => num(t.dueAt)),
  }
}

/**
 * Each staff member's latest status at or before `at` (one entry each; staff with no entry yet
 * are absent). Entries written in the same millisecond are told apart by nothing the log keeps,
 * so such a tie goes to the last one read.
 */
export async function staffStatusAt(db: Db, at: Time): Promise<StaffStatusEntry[]> {
  const when = toMs(at)
  const rows = await db
    .selectFrom('staffStatus as s')
    .select(['s.staffId', 's.state', 's.at'])
    .where('s.at', '<=', when)
    .where('s.at', '=', (eb) =>
      eb
        .selectFrom('staffStatus as t')
        .select((e) => e.fn.max('t.at').as('latest'))
        .whereRef('t.staffId', '=', 's.staffId')
        .where('t.at', '<=', when),
    )
    .orderBy('s.at')
    .execute()
  const latest = new Map<string, StaffStatusEntry>()
  for (const r of rows) {
    latest.set(r.staffId, { staffId: r.staffId, state: r.state as StaffState, at: num(r.at) })
  }
  return [...latest.values()]
}
