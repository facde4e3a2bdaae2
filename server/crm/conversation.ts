/** What happened inside handoffs: transcripts, the contract's handoff list, handling times. */
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { SERVER_RESTART_OUTCOME, type Time, type TranscriptLine } from './types'
import type { Database } from './schema'
import { num, numOrNull, toIso, toIsoOrNull, toMs } from './time'
import type { HandoffView } from './views'
import { toHandoff } from './handoffs'

type Db = Kysely<Database>

const DEFAULT_HANDOFF_LIMIT = 200
/** Enough recent conversations for a stable ETA, few enough to follow a change of pace. */
const DEFAULT_HANDLING_SAMPLE = 20

export async function appendTranscript(
  db: Db,
  line: { handoffId: string; from: TranscriptLine['from']; text: string; at: Time },
): Promise<void> {
  const at = toMs(line.at)
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('transcripts')
      .values({
        id: randomUUID(),
        handoffId: line.handoffId,
        fromRole: line.from,
        text: line.text,
        at,
      })
      .execute()
    if (line.from !== 'rep' && line.from !== 'supervisor') return
    const handoff = await trx
      .selectFrom('handoffs')
      .select(['requestedAt'])
      .where('id', '=', line.handoffId)
      .executeTakeFirst()
    if (!handoff) return
    await trx
      .updateTable('handoffs')
      .set({ firstResponseMs: at - num(handoff.requestedAt) })
      .where('id', '=', line.handoffId)
      .where('firstResponseMs', 'is', null)
      .execute()
  })
}

export async function getTranscript(db: Db, handoffId: string): Promise<TranscriptLine[]> {
  const rows = await db
    .selectFrom('transcripts')
    .selectAll()
    .where('handoffId', '=', handoffId)
    .orderBy('at')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    handoffId: r.handoffId,
    from: r.fromRole as TranscriptLine['from'],
    text: r.text,
    at: num(r.at),
  }))
}

export async function listHandoffs(db: Db, limit = DEFAULT_HANDOFF_LIMIT): Promise<HandoffView[]> {
  const rows = await db
    .selectFrom('handoffs')
    .selectAll()
    .orderBy('requestedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
  return rows.map(toHandoff).map((h) => ({
    id: h.id,
    requestId: h.requestId,
    visitorId: h.visitorId,
    repId: h.repId,
    status: h.status,
    requestedAt: toIso(h.requestedAt),
    acceptedAt: toIsoOrNull(h.acceptedAt),
    endedAt: toIsoOrNull(h.endedAt),
    outcome: h.outcome,
    rating: h.rating,
  }))
}

export async function recentHandlingTimes(
  db: Db,
  limit = DEFAULT_HANDLING_SAMPLE,
): Promise<number[]> {
  const rows = await db
    .selectFrom('handoffs')
    .select(['acceptedAt', 'endedAt'])
    .where('status', '=', 'ended')
    .where('acceptedAt', 'is not', null)
    // A restart cut these short: they say nothing about how long a conversation takes.
    .where('outcome', '!=', SERVER_RESTART_OUTCOME)
    .orderBy('endedAt', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => (numOrNull(r.endedAt) ?? 0) - (numOrNull(r.acceptedAt) ?? 0))
}
