/**
 * Staff accounts and their status log. Emails are stored trimmed and lower-cased so that one
 * person cannot hold two accounts by capitalisation. The hash leaves only through getStaffByEmail.
 */
import { randomUUID } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Database, StaffTable } from './schema'
import { DuplicateEmailError } from './store'
import { num, toMs } from './time'
import type {
  StaffAccount,
  StaffRecord,
  StaffRole,
  StaffState,
  StaffStatusEntry,
  Time,
} from './types'

type Db = Kysely<Database>

export const normaliseEmail = (email: string) => email.trim().toLowerCase()

function toAccount(row: Selectable<StaffTable>): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as StaffRole,
    active: row.active === 1,
    createdAt: num(row.createdAt),
    passwordHash: row.passwordHash,
  }
}

function toRecord(row: Selectable<StaffTable>): StaffRecord {
  const { passwordHash: _hash, ...record } = toAccount(row)
  return record
}

/** SQLite and PostgreSQL name a unique-key violation differently. */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505'
}

export async function createStaff(
  db: Db,
  input: { email: string; name: string; role: StaffRole; passwordHash: string; at: Time },
): Promise<StaffRecord> {
  const row = {
    id: randomUUID(),
    email: normaliseEmail(input.email),
    name: input.name,
    role: input.role,
    passwordHash: input.passwordHash,
    active: 1,
    createdAt: toMs(input.at),
  }
  try {
    await db.insertInto('staff').values(row).execute()
  } catch (err) {
    if (isUniqueViolation(err)) throw new DuplicateEmailError(row.email)
    throw err
  }
  return toRecord(row)
}

export async function listStaff(db: Db): Promise<StaffRecord[]> {
  const rows = await db
    .selectFrom('staff')
    .selectAll()
    .orderBy('createdAt')
    .orderBy('email')
    .execute()
  return rows.map(toRecord)
}

export async function getStaff(db: Db, id: string): Promise<StaffRecord | null> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toRecord(row) : null
}

export async function getStaffByEmail(db: Db, email: string): Promise<StaffAccount | null> {
  const row = await db
    .selectFrom('staff')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst()
  return row ? toAccount(row) : null
}

export async function updateStaff(
  db: Db,
  id: string,
  changes: { active?: number; passwordHash?: string },
): Promise<boolean> {
  const result = await db.updateTable('staff').set(changes).where('id', '=', id).executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function listStaffStatus(
  db: Db,
  options: { staffId?: string; since?: Time } = {},
): Promise<StaffStatusEntry[]> {
  let query = db.selectFrom('staffStatus').selectAll()
  if (options.staffId) query = query.where('staffId', '=', options.staffId)
  if (options.since !== undefined) query = query.where('at', '>=', toMs(options.since))
  const rows = await query.orderBy('at').orderBy('id').execute()
  return rows.map((r) => ({ staffId: r.staffId, state: r.state as StaffState, at: num(r.at) }))
}
