/**
 * Opens the CRM store the configuration asks for: PostgreSQL when DATABASE_URL is set, otherwise
 * the SQLite file in DATA_DIR. Migrations run before the store is handed out, so a store that
 * opened is a store whose schema is current.
 */
import type { Kysely } from 'kysely'
import type { Logger } from '../logger'
import { kyselyStore } from './kyselyStore'
import { migrate } from './migrations'
import { openPostgres } from './postgres'
import type { Database } from './schema'
import { openSqlite, openSqliteFile } from './sqlite'
import type { CrmStore } from './store'

export interface StoreConfig {
  dataDir: string
  databaseUrl?: string
  logger: Pick<Logger, 'info' | 'warn' | 'error'>
  /** PostgreSQL only: a schema to create and use instead of `public` (tests). */
  pgSchema?: string
  /** SQLite only: a file (or ':memory:') instead of DATA_DIR/crm.sqlite (tests). */
  sqliteFile?: string
}

export async function openStore(config: StoreConfig): Promise<CrmStore> {
  const postgres = Boolean(config.databaseUrl)
  let db: Kysely<Database>
  if (config.databaseUrl) db = await openPostgres(config.databaseUrl, config.pgSchema)
  else if (config.sqliteFile) db = openSqliteFile(config.sqliteFile, { logger: config.logger })
  else db = openSqlite(config.dataDir, { logger: config.logger })
  try {
    const applied = await migrate(db as Kysely<unknown>, postgres ? config.pgSchema : undefined)
    if (applied.length > 0) config.logger.info('crm migrations applied', { applied })
  } catch (err) {
    await db.destroy()
    throw err
  }
  config.logger.info('crm store open', { dialect: postgres ? 'postgres' : 'sqlite' })
  return kyselyStore(db, postgres ? 'postgres' : 'sqlite')
}

export type { CrmStore } from './store'
export { DuplicateEmailError } from './store'
export { RecordQueue } from './recordQueue'
export * from './types'
export type * from './views'
