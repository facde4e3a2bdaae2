/**
 * Messages and call-back requests left when nobody could come: each has a due time and stays
 * open until staff resolve it, so no one who asked for help is forgotten.
 */
import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Database, TicketsTable } from './schema'
import { num, numOrNull, toMs } from './time'
import type { NewTicket, TicketKind, TicketRecord, TicketStatus, Time } from './types'

type Db = Kysely<Database>

async function withReplies(db: Db, rows: Selectable<TicketsTable>[]): Promise<TicketRecord[]> {
  if (rows.length === 0) return []
  const replies = await db
    .selectFrom('ticketReplies')
    .selectAll()
    .where(
      'ticketId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('at')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    visitorId: r.visitorId,
    requestId: r.requestId,
    kind: r.kind as TicketKind,
    name: r.name,
    email: r.email,
    phone: r.phone,
    text: r.text,
    consent: r.consent === 1,
    createdAt: num(r.createdAt),
    dueAt: num(r.dueAt),
    status: r.status as TicketStatus,
    resolvedAt: numOrNull(r.resolvedAt),
    resolvedBy: r.resolvedBy,
    replies: replies
      .filter((x) => x.ticketId === r.id)
      .map((x) => ({ staffId: x.staffId, text: x.text, at: num(x.at) })),
  }))
}

export async function getTicket(db: Db, id: string): Promise<TicketRecord | null> {
  const rows = await db.selectFrom('tickets').selectAll().where('id', '=', id).execute()
  const [ticket] = await withReplies(db, rows)
  return ticket ?? null
}

export async function createTicket(db: Db, input: NewTicket): Promise<TicketRecord> {
  const id = randomUUID()
  await db
    .insertInto('tickets')
    .values({
      id,
      visitorId: input.visitorId ?? null,
      requestId: input.requestId ?? null,
      kind: input.kind,
      name: input.name,
      // Contact details travel only with consent (DESIGN.md, "Privacy").
      email: input.consent ? (input.email ?? null) : null,
      phone: input.consent ? (input.phone ?? null) : null,
      text: input.text,
      consent: input.consent ? 1 : 0,
      createdAt: toMs(input.at),
      dueAt: toMs(input.dueAt),
      status: 'open',
    })
    .execute()
  const ticket = await getTicket(db, id)
  if (!ticket) throw new Error(`ticket ${id} was not saved`)
  return ticket
}

export async function listTickets(db: Db, status?: TicketStatus): Promise<TicketRecord[]> {
  let query = db.selectFrom('tickets').selectAll()
  if (status) query = query.where('status', '=', status)
  const rows = await query.orderBy('dueAt').orderBy('id').execute()
  return withReplies(db, rows)
}

export async function replyTicket(
  db: Db,
  ticketId: string,
  reply: { staffId: string; text: string; at: Time },
): Promise<boolean> {
  const exists = await db
    .selectFrom('tickets')
    .select('id')
    .where('id', '=', ticketId)
    .executeTakeFirst()
  if (!exists) return false
  await db
    .insertInto('ticketReplies')
    .values({
      id: randomUUID(),
      ticketId,
      staffId: reply.staffId,
      text: reply.text,
      at: toMs(reply.at),
    })
    .execute()
  return true
}

export async function resolveTicket(
  db: Db,
  ticketId: string,
  staffId: string,
  at: Time,
): Promise<boolean> {
  const result = await db
    .updateTable('tickets')
    .set({ status: 'resolved', resolvedAt: toMs(at), resolvedBy: staffId })
    .where('id', '=', ticketId)
    .where('status', '=', 'open')
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}
