/**
 * Export and erase a visitor, across every table that holds them (DESIGN.md, "Privacy").
 * Erase keeps the rows, stripped of personal data, because reports count them: visits, dwell,
 * waits, outcomes and scores stay; names, contact details, notes, comments and words go.
 */
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import { getTranscript } from './conversation'
import { toHandoff } from './handoffs'
import { getTicket } from './tickets'
import { num, toIso, toMs } from './time'
import { ERASED, type Time } from './types'
import type { VisitorExport } from './views'
import { getVisitor } from './visitors'

type Db = Kysely<Database>

/** Times are epoch ms inside the server; an export is read by people, so it says ISO 8601. */
function readable<T extends object>(record: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [
      k,
      k.endsWith('At') && typeof v === 'number' ? toIso(v) : v,
    ]),
  )
}

async function handoffIds(db: Db, visitorId: string) {
  const rows = await db
    .selectFrom('handoffs')
    .select(['id', 'requestId'])
    .where('visitorId', '=', visitorId)
    .execute()
  return { ids: rows.map((r) => r.id), requestIds: rows.map((r) => r.requestId) }
}

async function ticketIds(db: Db, visitorId: string, requestIds: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('tickets')
    .select('id')
    .where((eb) =>
      requestIds.length > 0
        ? eb.or([eb('visitorId', '=', visitorId), eb('requestId', 'in', requestIds)])
        : eb('visitorId', '=', visitorId),
    )
    .orderBy('createdAt')
    .execute()
  return rows.map((r) => r.id)
}

export async function exportVisitor(
  db: Db,
  visitorId: string,
  now: Time,
): Promise<VisitorExport | null> {
  const visitor = await getVisitor(db, visitorId)
  if (!visitor) return null
  const visits = await db
    .selectFrom('visits')
    .selectAll()
    .where('visitorId', '=', visitorId)
    .orderBy('startedAt')
    .execute()
  const dwells = await db
    .selectFrom('dwells')
    .selectAll()
    .where('visitorId', '=', visitorId)
    .orderBy('enteredAt')
    .execute()
  const handoffs = await db
    .selectFrom('handoffs')
    .selectAll()
    .where('visitorId', '=', visitorId)
    .orderBy('requestedAt')
    .execute()
  const transcripts = []
  for (const h of handoffs) transcripts.push(...(await getTranscript(db, h.id)))
  const tickets = []
  const { requestIds } = await handoffIds(db, visitorId)
  for (const id of await ticketIds(db, visitorId, requestIds)) tickets.push(await getTicket(db, id))
  return {
    visitor: readable(visitor),
    visits: visits.map((v) => readable({ ...v, startedAt: num(v.startedAt), endedAt: v.endedAt })),
    stationDwells: dwells.map((d) =>
      readable({ ...d, enteredAt: num(d.enteredAt), dwellMs: num(d.dwellMs), tries: num(d.tries) }),
    ),
    handoffs: handoffs.map((h) => readable(toHandoff(h))),
    transcripts: transcripts.map(readable),
    tickets: tickets.flatMap((t) =>
      t ? [readable({ ...t, replies: t.replies.map(readable) })] : [],
    ),
    leads: (
      await db.selectFrom('leads').selectAll().where('visitorId', '=', visitorId).execute()
    ).map((l) =>
      readable({
        ...l,
        interests: JSON.parse(l.interests) as string[],
        consentAt: num(l.consentAt),
        createdAt: num(l.createdAt),
      }),
    ),
    exportedAt: toIso(toMs(now)),
  }
}

export async function eraseVisitor(db: Db, visitorId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const erased = await trx
      .updateTable('visitors')
      .set({ displayName: ERASED, email: null, phone: null, company: null })
      .where('id', '=', visitorId)
      .executeTakeFirst()
    if (erased.numUpdatedRows === 0n) return false
    const { ids, requestIds } = await handoffIds(trx, visitorId)
    if (ids.length > 0) {
      // A topic may be typed by the visitor, so it goes with the notes and the comment.
      await trx
        .updateTable('handoffs')
        .set({ visitorName: ERASED, topic: null, notes: null, ratingComment: null })
        .where('id', 'in', ids)
        .execute()
      await trx.updateTable('transcripts').set({ text: '' }).where('handoffId', 'in', ids).execute()
    }
    await trx
      .updateTable('leads')
      .set({ name: ERASED, company: null, email: null, phone: null })
      .where('visitorId', '=', visitorId)
      .execute()
    const tickets = await ticketIds(trx, visitorId, requestIds)
    if (tickets.length > 0) {
      await trx
        .updateTable('tickets')
        .set({ name: ERASED, email: null, phone: null, text: '' })
        .where('id', 'in', tickets)
        .execute()
      await trx
        .updateTable('ticketReplies')
        .set({ text: '' })
        .where('ticketId', 'in', tickets)
        .execute()
    }
    return true
  })
}
