/** Visitors: who came, when, whether they came back, and contact details only with consent. */
import type { Kysely, Selectable } from 'kysely'
import type { Database, VisitorsTable } from './schema'
import { num, numOrNull, toMs } from './time'
import type { ContactDetails, Time, VisitorRecord } from './types'

type Db = Kysely<Database>

export function toVisitor(row: Selectable<VisitorsTable>): VisitorRecord {
  return {
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    company: row.company,
    consent: row.consent === 1,
    consentAt: numOrNull(row.consentAt),
    firstSeenAt: num(row.firstSeenAt),
    lastSeenAt: num(row.lastSeenAt),
    returning: row.returning === 1,
  }
}

export async function getVisitor(db: Db, id: string): Promise<VisitorRecord | null> {
  const row = await db.selectFrom('visitors').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toVisitor(row) : null
}

export async function upsertVisitor(
  db: Db,
  input: { id: string; displayName: string; at: Time },
): Promise<VisitorRecord> {
  const at = toMs(input.at)
  // Insert-or-nothing first, so two processes seeing a new visitor at once cannot both create it.
  const inserted = await db
    .insertInto('visitors')
    .values({
      id: input.id,
      displayName: input.displayName,
      consent: 0,
      firstSeenAt: at,
      lastSeenAt: at,
      returning: 0,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst()
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
    await db
      .updateTable('visitors')
      .set({ displayName: input.displayName, lastSeenAt: at, returning: 1 })
      .where('id', '=', input.id)
      .execute()
  }
  const visitor = await getVisitor(db, input.id)
  if (!visitor) throw new Error(`visitor ${input.id} vanished while being saved`)
  return visitor
}

export async function saveContact(
  db: Db,
  visitorId: string,
  contact: ContactDetails,
): Promise<boolean> {
  const result = await db
    .updateTable('visitors')
    .set({
      email: contact.email ?? null,
      phone: contact.phone ?? null,
      company: contact.company ?? null,
      consent: 1,
      consentAt: toMs(contact.consentAt),
    })
    .where('id', '=', visitorId)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}
