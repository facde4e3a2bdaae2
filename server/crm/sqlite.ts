/**
 * The embedded database: one SQLite file in DATA_DIR. WAL lets readers run beside the writer;
 * synchronous=FULL makes every commit reach the disk before the write resolves, which is what
 * "saved" means for summons, tickets, ratings and leads. Batched observations share that cost.
 */
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely'
import type { Database as Tables } from './schema'

export const SQLITE_FILE = 'crm.sqlite'
/** Another process holding the write lock (a CLI run beside the server) waits this long. */
const BUSY_TIMEOUT_MS = 5_000

/** `file` is a path or ':memory:'. */
export function openSqliteFile(file: string): Kysely<Tables> {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
  const database = new Database(file)
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = FULL')
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  return new Kysely<Tables>({
    dialect: new SqliteDialect({ database }),
    plugins: [new CamelCasePlugin()],
  })
}

export function openSqlite(dataDir: string): Kysely<Tables> {
  return openSqliteFile(path.join(dataDir, SQLITE_FILE))
}
