/**
 * Schema migrations, defined in code so the same list runs on SQLite and PostgreSQL at open.
 * Append new migrations; never edit one that has shipped. Column names are written in snake_case
 * because that is what the CamelCasePlugin produces from the camelCase names in schema.ts.
 */
import type { Kysely } from 'kysely'
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration'

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('visitors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('company', 'text')
      .addColumn('consent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('consent_at', 'bigint')
      .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('returning', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()

    await db.schema
      .createTable('visits')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('visitor_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('device', 'text', (c) => c.notNull())
      .addColumn('started_at', 'bigint', (c) => c.notNull())
      .addColumn('ended_at', 'bigint')
      .execute()
    await db.schema.createIndex('visits_visitor').on('visits').column('visitor_id').execute()
    await db.schema.createIndex('visits_started').on('visits').column('started_at').execute()

    await db.schema
      .createTable('dwells')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('visit_id', 'text', (c) => c.notNull())
      .addColumn('visitor_id', 'text', (c) => c.notNull())
      .addColumn('station_id', 'text', (c) => c.notNull())
      .addColumn('entered_at', 'bigint', (c) => c.notNull())
      .addColumn('dwell_ms', 'bigint', (c) => c.notNull())
      .addColumn('tries', 'integer', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('dwells_visit').on('dwells').column('visit_id').execute()
    await db.schema.createIndex('dwells_visitor').on('dwells').column('visitor_id').execute()

    await db.schema
      .createTable('handoffs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text', (c) => c.notNull().unique())
      .addColumn('visitor_id', 'text', (c) => c.notNull())
      .addColumn('visitor_name', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('station_id', 'text')
      .addColumn('topic', 'text')
      .addColumn('returning', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('requested_at', 'bigint', (c) => c.notNull())
      .addColumn('accepted_at', 'bigint')
      .addColumn('ended_at', 'bigint')
      .addColumn('wait_ms', 'bigint')
      .addColumn('first_response_ms', 'bigint')
      .addColumn('rep_id', 'text')
      .addColumn('outcome', 'text')
      .addColumn('notes', 'text')
      .addColumn('rating', 'integer')
      .addColumn('rating_comment', 'text')
      .addColumn('rated_at', 'bigint')
      .execute()
    await db.schema
      .createIndex('handoffs_status')
      .on('handoffs')
      .columns(['status', 'requested_at'])
      .execute()
    await db.schema.createIndex('handoffs_visitor').on('handoffs').column('visitor_id').execute()
    await db.schema
      .createIndex('handoffs_requested')
      .on('handoffs')
      .column('requested_at')
      .execute()

    await db.schema
      .createTable('transcripts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('handoff_id', 'text', (c) => c.notNull())
      .addColumn('from_role', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('transcripts_handoff')
      .on('transcripts')
      .columns(['handoff_id', 'at'])
      .execute()

    await db.schema
      .createTable('tickets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('visitor_id', 'text')
      .addColumn('request_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('consent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('due_at', 'bigint', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('resolved_at', 'bigint')
      .addColumn('resolved_by', 'text')
      .execute()
    await db.schema.createIndex('tickets_visitor').on('tickets').column('visitor_id').execute()
    await db.schema.createIndex('tickets_due').on('tickets').columns(['status', 'due_at']).execute()

    await db.schema
      .createTable('ticket_replies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('ticket_id', 'text', (c) => c.notNull())
      .addColumn('staff_id', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('replies_ticket').on('ticket_replies').column('ticket_id').execute()

    await db.schema
      .createTable('staff')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute()

    await db.schema
      .createTable('staff_status')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('staff_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('staff_status_staff')
      .on('staff_status')
      .columns(['staff_id', 'at'])
      .execute()
  },
}

/** Kiosks a supervisor registered: their token names the row; revoking it ends the kiosk. */
const kiosks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('kiosks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('booth', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute()
  },
}

/**
 * Leads left at a kiosk, keyed by the kiosk's idempotency key so a lead sent twice (the kiosk
 * retries after losing the connection) is stored once; and one-time codes that hand a kiosk
 * visitor over to their phone.
 */
const leadsAndHandovers: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('leads')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kiosk_id', 'text')
      .addColumn('visitor_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('company', 'text')
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('interests', 'text', (c) => c.notNull())
      .addColumn('consent_at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('handovers')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('visitor_id', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('used_at', 'bigint')
      .execute()
  },
}

/**
 * The supervisor's planned shifts (wall-clock times in the server time zone, a day each: a night
 * shift is two rows) and small settings such as the minimum number of reps on duty. The two
 * indexes serve the day's reports, which read dwell and staff status since local midnight.
 */
const shifts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('shifts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('staff_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('start', 'text', (c) => c.notNull())
      .addColumn('end', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('shifts_day').on('shifts').columns(['day', 'start']).execute()
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('dwells_entered').on('dwells').column('entered_at').execute()
    await db.schema.createIndex('staff_status_at').on('staff_status').column('at').execute()
  },
}

/** Station cards staff edited (the shipped defaults are a file); one row per station. */
const stationCards: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('station_cards')
      .addColumn('station_id', 'text', (c) => c.primaryKey())
      .addColumn('card', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute()
  },
}

/** Who took a lead: the rep's staff id for leads taken in a conversation, null for a kiosk's. */
const leadTakenBy: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('leads').addColumn('taken_by', 'text').execute()
  },
}

const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_kiosks': kiosks,
  '0003_leads_and_handovers': leadsAndHandovers,
  '0004_shifts': shifts,
  '0005_station_cards': stationCards,
  '0006_lead_taken_by': leadTakenBy,
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS }

/**
 * Brings the schema up to date; throws (never half-starts) if a migration fails. On PostgreSQL
 * with a schema of our own, the migration tables live in it too: Kysely otherwise looks for them
 * in every schema and may find another database user's.
 */
export async function migrate(db: Kysely<unknown>, schema?: string): Promise<string[]> {
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
