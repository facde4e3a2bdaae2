/**
 * Visits and station dwell: the visit trail recorded without anyone being told it was saved.
 * These usually arrive in batches from the RecordQueue (writeObservations, one transaction).
 */
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import { num, numOrNull, toIso, toIsoOrNull, toMs } from './time'
import type { Channel, DwellRecord, Time, VisitRecord } from './types'
import type { Observation, VisitView } from './views'

type Db = Kysely<Database>

/** How many visits `GET /api/crm/visits` returns unless asked otherwise. */
const DEFAULT_VISIT_LIMIT = 200

export async function startVisit(
  db: Db,
  input: { id?: string; visitorId: string; channel: Channel; device: string; at: Time },
): Promise<VisitRecord> {
  const visit: VisitRecord = {
    id: input.id ?? randomUUID(),
    visitorId: input.visitorId,
    channel: input.channel,
    device: input.device,
    startedAt: toMs(input.at),
    endedAt: null,
  }
  // A retried batch may carry the same start twice; the second is a no-op.
  await db
    .insertInto('visits')
    .values(visit)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  return visit
}

export async function endVisit(db: Db, visitId: string, at: Time): Promise<void> {
  await db
    .updateTable('visits')
    .set({ endedAt: toMs(at) })
    .where('id', '=', visitId)
    .execute()
}

export async function recordDwell(db: Db, d: DwellRecord): Promise<void> {
  await recordDwells(db, [d])
}

async function recordDwells(db: Db, dwells: readonly DwellRecord[]): Promise<void> {
  if (dwells.length === 0) return
  // Fields are picked one by one: an Observation carries a `type` that is no column.
  const rows = dwells.map(({ visitId, visitorId, stationId, enteredAt, dwellMs, tries }) => ({
    id: randomUUID(),
    visitId,
    visitorId,
    stationId,
    enteredAt,
    dwellMs,
    tries,
  }))
  await db.insertInto('dwells').values(rows).execute()
}

export async function appendStaffStatus(db: Db, staffId: string, state: string, at: Time) {
  await db
    .insertInto('staffStatus')
    .values({ id: randomUUID(), staffId, state, at: toMs(at) })
    .execute()
}

/** Dwell rows per INSERT: 7 parameters each stays far below SQLite's and PostgreSQL's limits. */
const DWELLS_PER_INSERT = 500

/**
 * One transaction, in the batch's order. A run of consecutive dwells (most of a batch) is one
 * multi-row INSERT: with SQLite in a worker every statement is a round trip to its thread.
 */
export async function writeObservations(db: Db, batch: readonly Observation[]): Promise<void> {
  if (batch.length === 0) return
  await db.transaction().execute(async (trx) => {
    let dwells: DwellRecord[] = []
    const flushDwells = async () => {
      for (let i = 0; i < dwells.length; i += DWELLS_PER_INSERT) {
        await recordDwells(trx, dwells.slice(i, i + DWELLS_PER_INSERT))
      }
      dwells = []
    }
    for (const o of batch) {
      if (o.type === 'dwell') {
        dwells.push(o)
        continue
      }
      await flushDwells()
      if (o.type === 'visit-start') await startVisit(trx, o)
      else if (o.type === 'visit-end') await endVisit(trx, o.id, o.at)
      else await appendStaffStatus(trx, o.staffId, o.state, o.at)
    }
    await flushDwells()
  })
}

export async function listVisits(db: Db, limit = DEFAULT_VISIT_LIMIT): Promise<VisitView[]> {
  const visits = await db
    .selectFrom('visits')
    .selectAll()
    .orderBy('startedAt', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
  if (visits.length === 0) return []
  const dwells = await db
    .selectFrom('dwells')
    .select(['visitId', 'stationId', 'dwellMs'])
    .where(
      'visitId',
      'in',
      visits.map((v) => v.id),
    )
    .orderBy('enteredAt')
    .execute()
  // One entry per station, in the order first entered: a second look adds to the first.
  const stations = new Map<string, Map<string, number>>()
  for (const d of dwells) {
    const perVisit = stations.get(d.visitId) ?? new Map<string, number>()
    perVisit.set(d.stationId, (perVisit.get(d.stationId) ?? 0) + num(d.dwellMs))
    stations.set(d.visitId, perVisit)
  }
  return visits.map((v) => ({
    id: v.id,
    visitorId: v.visitorId,
    channel: v.channel as Channel,
    startedAt: toIso(num(v.startedAt)),
    endedAt: toIsoOrNull(numOrNull(v.endedAt)),
    stations: [...(stations.get(v.id) ?? new Map<string, number>())].map(
      ([stationId, dwellMs]) => ({ stationId, dwellMs }),
    ),
  }))
}
