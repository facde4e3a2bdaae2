/**
 * Leads from kiosks (stored once per idempotency key, whatever the retries) and the one-time codes
 * that continue a kiosk visit on the visitor's phone.
 */
import type { Kysely, Selectable } from 'kysely'
import type { Database, LeadsTable } from './schema'
import { num, toMs } from './time'
import type { LeadRecord, Time } from './types'

type Db = Kysely<Database>

const record = (r: Selectable<LeadsTable>): LeadRecord => ({
  ...r,
  interests: JSON.parse(r.interests) as string[],
  consentAt: num(r.consentAt),
  createdAt: num(r.createdAt),
})

/** Resolves `created: false` when a lead with this id was already stored (a retry). */
export async function saveLead(db: Db, lead: LeadRecord): Promise<{ created: boolean }> {
  const result = await db
    .insertInto('leads')
    .values({ ...lead, interests: JSON.stringify(lead.interests) })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst()
  return { created: Number(result.numInsertedOrUpdatedRows ?? 0) === 1 }
}

/** Newest first. */
export async function listLeads(db: Db): Promise<LeadRecord[]> {
  const rows = await db.selectFrom('leads').selectAll().orderBy('createdAt', 'desc').execute()
  return rows.map(record)
}

export async function createHandover(
  db: Db,
  input: { code: string; visitorId: string; expiresAt: Time },
): Promise<void> {
  await db
    .insertInto('handovers')
    .values({
      code: input.code,
      visitorId: input.visitorId,
      expiresAt: toMs(input.expiresAt),
      usedAt: null,
    })
    .execute()
}

/** Once, before it expires: the visitor id; null for an unknown, used or expired code. */
export async function redeemHandover(db: Db, code: string, at: Time): Promise<string | null> {
  const result = await db
    .updateTable('handovers')
    .set({ usedAt: toMs(at) })
    .where('code', '=', code)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', toMs(at))
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) return null
  const row = await db
    .selectFrom('handovers')
    .select('visitorId')
    .where('code', '=', code)
    .executeTakeFirst()
  return row?.visitorId ?? null
}
