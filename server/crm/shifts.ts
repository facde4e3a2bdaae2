/**
 * Planned shifts and small settings, for the supervisor. A shift is wall-clock times on one day in
 * the server time zone (server/reports/day.ts): it says who should be on duty, it never gates who
 * may take requests. The store does not judge a shift (the HTTP route validates day, clock and
 * staff); it keeps the rows and answers them ordered by start.
 */
import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Database, ShiftsTable } from './schema'
import { num, toMs } from './time'
import type { Time } from './types'

type Db = Kysely<Database>

export interface ShiftRecord {
  id: string
  staffId: string
  /** YYYY-MM-DD */
  day: string
  /** HH:MM, 24-hour; `end` may be 24:00 (midnight at the end of the day). */
  start: string
  end: string
  createdAt: number
  createdBy: string
}

export interface NewShift {
  staffId: string
  day: string
  start: string
  end: string
  createdBy: string
  at: Time
}

const toShift = (r: Selectable<ShiftsTable>): ShiftRecord => ({
  id: r.id,
  staffId: r.staffId,
  day: r.day,
  start: r.start,
  end: r.end,
  createdAt: num(r.createdAt),
  createdBy: r.createdBy,
})

export async function createShift(db: Db, input: NewShift): Promise<ShiftRecord> {
  const row = {
    id: randomUUID(),
    staffId: input.staffId,
    day: input.day,
    start: input.start,
    end: input.end,
    createdAt: toMs(input.at),
    createdBy: input.createdBy,
  }
  await db.insertInto('shifts').values(row).execute()
  return toShift(row)
}

/** The shifts of one day (or of one staff member that day), earliest start first. */
export async function listShifts(
  db: Db,
  options: { day: string; staffId?: string },
): Promise<ShiftRecord[]> {
  let query = db.selectFrom('shifts').selectAll().where('day', '=', options.day)
  if (options.staffId) query = query.where('staffId', '=', options.staffId)
  const rows = await query.orderBy('start').orderBy('end').orderBy('id').execute()
  return rows.map(toShift)
}

export async function deleteShift(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('shifts').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}

export async function getSetting(db: Db, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst()
  return row?.value ?? null
}

/** Inserts or replaces: the last write wins. */
export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute()
}
