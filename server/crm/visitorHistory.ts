/**
 * What the CRM knows about one visitor's past, for the rep who is about to help them: how often
 * they came, which stations held them (and how many demos they drove there), and their earlier
 * conversations with who took them. Read on a summon (the queue's one-line history) and for the
 * profile a rep opens; times are epoch ms like every record (visitorSummary.ts makes the views).
 */
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import { num, numOrNull } from './time'
import type { HandoffStatus, VisitorRecord } from './types'
import { getVisitor } from './visitors'

type Db = Kysely<Database>

/** Enough conversations for anyone who is not a long-standing customer; newer ones first. */
const HANDOFF_LIMIT = 50

export interface PastHandoff {
  id: string
  requestedAt: number
  repName: string | null
  status: HandoffStatus
  outcome: string | null
  rating: number | null
}

export interface VisitorHistory {
  visitor: VisitorRecord
  /** Visit rows, the current one included once the record queue has written it. */
  visits: number
  /** Visits with an end: the ones certainly before the current one. */
  endedVisits: number
  /** Per station, every visit added up, longest dwell first. */
  stations: { stationId: string; dwellMs: number; tries: number }[]
  /** Newest first. */
  handoffs: PastHandoff[]
}

export async function visitorHistory(db: Db, visitorId: string): Promise<VisitorHistory | null> {
  const visitor = await getVisitor(db, visitorId)
  if (!visitor) return null
  const visits = await db
    .selectFrom('visits')
    .select((eb) => [eb.fn.countAll().as('total'), eb.fn.count('endedAt').as('ended')])
    .where('visitorId', '=', visitorId)
    .executeTakeFirstOrThrow()
  const stations = await db
    .selectFrom('dwells')
    .select((eb) => [
      'stationId',
      eb.fn.sum<number | string>('dwellMs').as('dwellMs'),
      eb.fn.sum<number | string>('tries').as('tries'),
    ])
    .where('visitorId', '=', visitorId)
    .groupBy('stationId')
    .execute()
  const handoffs = await db
    .selectFrom('handoffs')
    .leftJoin('staff', 'staff.id', 'handoffs.repId')
    .select([
      'handoffs.id',
      'handoffs.requestedAt',
      'staff.name as repName',
      'handoffs.status',
      'handoffs.outcome',
      'handoffs.rating',
    ])
    .where('handoffs.visitorId', '=', visitorId)
    .orderBy('handoffs.requestedAt', 'desc')
    .orderBy('handoffs.id', 'desc')
    .limit(HANDOFF_LIMIT)
    .execute()
  return {
    visitor,
    visits: num(visits.total),
    endedVisits: num(visits.ended),
    stations: stations
      .map((s) => ({ stationId: s.stationId, dwellMs: num(s.dwellMs), tries: num(s.tries) }))
      .sort((a, b) => b.dwellMs - a.dwellMs || a.stationId.localeCompare(b.stationId)),
    handoffs: handoffs.map((h) => ({
      id: h.id,
      requestedAt: num(h.requestedAt),
      repName: h.repName ?? null,
      status: h.status as HandoffStatus,
      outcome: h.outcome,
      rating: numOrNull(h.rating),
    })),
  }
}
