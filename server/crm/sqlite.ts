/**
 * The embedded database: one SQLite file in DATA_DIR. WAL lets readers run beside the writer;
 * synchronous=FULL makes every commit reach the disk before the write resolves, which is what
 * "saved" means for summons, tickets, ratings and leads. Batched observations share that cost.
 *
 * A file is opened in a worker thread (./sqliteWorker): better-sqlite3 is synchronous, and a
 * commit's fsync on the main thread held up every room message behind it. ':memory:' (tests
 * only) stays on the main thread: it has no disk to wait for, so a worker would add a message
 * round trip per statement and a thread start per store, and take nothing off the event loop.
 */
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely'
import { createLogger, describeError, type Logger } from '../logger'
import type { Database as Tables } from './schema'
import { WorkerSqliteDialect } from './sqliteWorker/dialect'

export const SQLITE_FILE = 'crm.sqlite'
/** Another process holding the write lock (a CLI run beside the server) waits this long. */
const BUSY_TIMEOUT_MS = 5_000
const PRAGMAS = ['journal_mode = WAL', 'synchronous = FULL', `busy_timeout = ${BUSY_TIMEOUT_MS}`]

export interface SqliteOptions {
  /** Told if the SQLite worker dies: the store then rejects every call until a restart. */
  logger?: Pick<Logger, 'error'>
}

/** `file` is a path or ':memory:'. The file's directory is created if missing. */
export function openSqliteFile(file: string, options: SqliteOptions = {}): Kysely<Tables> {
  if (file === ':memory:') return openOnMainThread(file)
  mkdirSync(path.dirname(file), { recursive: true })
  const logger = options.logger ?? createLogger()
  const dialect = new WorkerSqliteDialect({
    file,
    pragmas: PRAGMAS,
    onStopped: (err) => logger.error('crm sqlite worker stopped', describeError(err)),
  })
  return new Kysely<Tables>({ dialect, plugins: [new CamelCasePlugin()] })
}

export function openSqlite(dataDir: string, options: SqliteOptions = {}): Kysely<Tables> {
  return openSqliteFile(path.join(dataDir, SQLITE_FILE), options)
}

function openOnMainThread(file: string): Kysely<Tables> {
  const database = new Database(file)
  for (const pragma of PRAGMAS) database.pragma(pragma)
  return new Kysely<Tables>({
    dialect: new SqliteDialect({ database }),
    plugins: [new CamelCasePlugin()],
  })
}
