/** Kiosks: registered by a supervisor, named in their token, ended by revoking. */
import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Database, KiosksTable } from './schema'
import { num, numOrNull, toMs } from './time'
import type { KioskRecord, Time } from './types'

type Db = Kysely<Database>

const record = (r: Selectable<KiosksTable>): KioskRecord => ({
  id: r.id,
  name: r.name,
  booth: r.booth,
  createdBy: r.createdBy,
  createdAt: num(r.createdAt),
  revokedAt: numOrNull(r.revokedAt),
})

export async function createKiosk(
  db: Db,
  input: { name: string; booth: string; createdBy: string; at: Time },
): Promise<KioskRecord> {
  const row = {
    id: randomUUID(),
    name: input.name,
    booth: input.booth,
    createdBy: input.createdBy,
    createdAt: toMs(input.at),
    revokedAt: null,
  }
  await db.insertInto('kiosks').values(row).execute()
  return record(row)
}

export async function getKiosk(db: Db, id: string): Promise<KioskRecord | null> {
  const row = await db.selectFrom('kiosks').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? record(row) : null
}

export async function listKiosks(db: Db): Promise<KioskRecord[]> {
  const rows = await db
    .selectFrom('kiosks')
    .selectAll()
    .orderBy('createdAt')
    .orderBy('id')
    .execute()
  return rows.map(record)
}

export async function revokeKiosk(db: Db, id: string, at: Time): Promise<boolean> {
  const result = await db
    .updateTable('kiosks')
    .set({ revokedAt: toMs(at) })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
