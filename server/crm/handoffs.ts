/**
 * The summon queue and its handoffs, one row each from request to rating. Every state change is a
 * conditional update on the current status, so when several processes race (two reps accepting the
 * same request) the database decides and exactly one caller sees its update applied.
 */
import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Database, HandoffsTable } from './schema'
import { num, numOrNull, toMs } from './time'
import {
  SERVER_RESTART_OUTCOME,
  type AcceptResult,
  type Channel,
  type HandoffRecord,
  type HandoffStatus,
  type NewRequest,
  type Time,
} from './types'

type Db = Kysely<Database>

export const MIN_RATING = 1
export const MAX_RATING = 5

export function toHandoff(row: Selectable<HandoffsTable>): HandoffRecord {
  return {
    id: row.id,
    requestId: row.requestId,
    visitorId: row.visitorId,
    visitorName: row.visitorName,
    channel: row.channel as Channel,
    stationId: row.stationId,
    topic: row.topic,
    returning: row.returning === 1,
    priority: num(row.priority),
    status: row.status as HandoffStatus,
    requestedAt: num(row.requestedAt),
    acceptedAt: numOrNull(row.acceptedAt),
    endedAt: numOrNull(row.endedAt),
    waitMs: numOrNull(row.waitMs),
    firstResponseMs: numOrNull(row.firstResponseMs),
    repId: row.repId,
    outcome: row.outcome,
    notes: row.notes,
    rating: numOrNull(row.rating),
    ratingComment: row.ratingComment,
  }
}

const changed = (r: { numUpdatedRows: bigint }) => r.numUpdatedRows > 0n

export async function createRequest(db: Db, input: NewRequest): Promise<HandoffRecord> {
  const row = {
    id: input.id ?? randomUUID(),
    requestId: input.requestId ?? randomUUID(),
    visitorId: input.visitorId,
    visitorName: input.visitorName,
    channel: input.channel,
    stationId: input.stationId ?? null,
    topic: input.topic ?? null,
    returning: input.returning ? 1 : 0,
    priority: input.priority,
    status: 'waiting',
    requestedAt: toMs(input.at),
  }
  await db.insertInto('handoffs').values(row).execute()
  const created = await getBy(db, 'id', row.id)
  if (!created) throw new Error(`request ${row.requestId} was not saved`)
  return created
}

export async function getBy(
  db: Db,
  column: 'id' | 'requestId',
  value: string,
): Promise<HandoffRecord | null> {
  const row = await db
    .selectFrom('handoffs')
    .selectAll()
    .where(column, '=', value)
    .executeTakeFirst()
  return row ? toHandoff(row) : null
}

export async function listWaiting(db: Db): Promise<HandoffRecord[]> {
  const rows = await db
    .selectFrom('handoffs')
    .selectAll()
    .where('status', '=', 'waiting')
    .orderBy('requestedAt')
    .orderBy('id')
    .execute()
  return rows.map(toHandoff)
}

export async function acceptRequest(
  db: Db,
  requestId: string,
  repId: string,
  at: Time,
): Promise<AcceptResult> {
  const request = await getBy(db, 'requestId', requestId)
  if (!request || request.status !== 'waiting') return { won: false, handoff: request }
  const acceptedAt = toMs(at)
  const result = await db
    .updateTable('handoffs')
    .set({ status: 'active', repId, acceptedAt, waitMs: acceptedAt - request.requestedAt })
    .where('requestId', '=', requestId)
    .where('status', '=', 'waiting')
    .executeTakeFirst()
  const handoff = await getBy(db, 'requestId', requestId)
  if (changed(result) && handoff) return { won: true, handoff }
  return { won: false, handoff }
}

/** Closes a request that is still waiting, as cancelled (by the visitor) or missed (by time). */
export async function closeWaiting(
  db: Db,
  requestId: string,
  status: 'cancelled' | 'missed',
  at: Time,
): Promise<boolean> {
  const result = await db
    .updateTable('handoffs')
    .set({ status, endedAt: toMs(at) })
    .where('requestId', '=', requestId)
    .where('status', '=', 'waiting')
    .executeTakeFirst()
  return changed(result)
}

export async function endHandoff(
  db: Db,
  handoffId: string,
  outcome: string,
  notes: string | null,
  at: Time,
): Promise<boolean> {
  const result = await db
    .updateTable('handoffs')
    .set({ status: 'ended', outcome, notes, endedAt: toMs(at) })
    .where('id', '=', handoffId)
    .where('status', '=', 'active')
    .executeTakeFirst()
  return changed(result)
}

export async function rateHandoff(
  db: Db,
  handoffId: string,
  score: number,
  comment: string | null,
  at: Time,
): Promise<boolean> {
  if (!Number.isInteger(score) || score < MIN_RATING || score > MAX_RATING) return false
  const result = await db
    .updateTable('handoffs')
    .set({ rating: score, ratingComment: comment, ratedAt: toMs(at) })
    .where('id', '=', handoffId)
    .where('status', '=', 'ended')
    .where('rating', 'is', null)
    .executeTakeFirst()
  return changed(result)
}

export async function reconcileOnStart(db: Db, now: Time) {
  // Nobody can still be inside a conversation the previous process was holding.
  const ended = await db
    .updateTable('handoffs')
    .set({ status: 'ended', outcome: SERVER_RESTART_OUTCOME, endedAt: toMs(now) })
    .where('status', '=', 'active')
    .executeTakeFirst()
  const waiting = await db
    .selectFrom('handoffs')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'waiting')
    .executeTakeFirstOrThrow()
  return { endedActive: Number(ended.numUpdatedRows), stillWaiting: num(waiting.n) }
}
