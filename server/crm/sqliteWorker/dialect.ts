/**
 * A Kysely dialect for better-sqlite3 running in a worker thread (thread.ts, worker.mjs), so a
 * commit's fsync never blocks the room's messages. Only the driver is new: SQL is compiled,
 * adapted and introspected by Kysely's own SQLite classes.
 *
 * There is one connection, as with Kysely's SqliteDriver. SqliteAdapter says so
 * (supportsMultipleConnections = false), and Kysely then holds a mutex from acquireConnection to
 * releaseConnection: a transaction keeps the connection, so its BEGIN, statements and COMMIT or
 * ROLLBACK run in the worker with nothing from another caller in between (Kysely 0.29's
 * RuntimeDriver; tests/server/crm/sqliteWorker.test.ts fails if that ever stops holding).
 */
import {
  CompiledQuery,
  createQueryId,
  IdentifierNode,
  RawNode,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely'
import { SqliteThread, type SqliteThreadOptions } from './thread'

/**
 * The file, the pragmas, and `onStopped` (told once if the worker dies: the server logs it, and
 * every query from then on rejects with ERR_SQLITE_WORKER_STOPPED instead of waiting).
 */
export type WorkerSqliteConfig = SqliteThreadOptions

export class WorkerSqliteDialect implements Dialect {
  constructor(private readonly config: WorkerSqliteConfig) {}

  createDriver(): Driver {
    return new WorkerSqliteDriver(this.config)
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler()
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter()
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Dialect's own signature
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db)
  }
}

class WorkerSqliteDriver implements Driver {
  private thread: SqliteThread | null = null
  private connection: WorkerSqliteConnection | null = null

  constructor(private readonly config: WorkerSqliteConfig) {}

  async init(): Promise<void> {
    this.thread = await SqliteThread.start(this.config)
    this.connection = new WorkerSqliteConnection(this.thread)
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection!
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  async savepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await c.executeQuery(compile(savepointCommand('savepoint', name), createQueryId()))
  }

  async rollbackToSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) {
    await c.executeQuery(compile(savepointCommand('rollback to', name), createQueryId()))
  }

  async releaseSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) {
    await c.executeQuery(compile(savepointCommand('release', name), createQueryId()))
  }

  async releaseConnection(): Promise<void> {
    // One connection, kept for the life of the store; Kysely's mutex is what is released.
  }

  async destroy(): Promise<void> {
    await this.thread?.close()
  }
}

/** As Kysely builds it: the identifier node quotes the savepoint's name. */
function savepointCommand(command: string, name: string): RawNode {
  return RawNode.createWithChildren([
    RawNode.createWithSql(`${command} `),
    IdentifierNode.create(name),
  ])
}

class WorkerSqliteConnection implements DatabaseConnection {
  constructor(private readonly thread: SqliteThread) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const reply = await this.thread.run(compiled.sql, compiled.parameters)
    if ('rows' in reply) {
      return { rows: (reply.blobs ? reply.rows.map(withBuffers) : reply.rows) as R[] }
    }
    return {
      numAffectedRows: BigInt(reply.changes),
      insertId: BigInt(reply.lastInsertRowid),
      rows: [],
    }
  }

  /** The rows cross the thread together, then are handed out one by one, as Kysely's does. */
  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) {
      throw new Error('Sqlite driver only supports streaming of select queries')
    }
    const { rows } = await this.executeQuery<R>(compiled)
    for (const row of rows) yield { rows: [row] }
  }
}

/** A blob crosses the thread as a Uint8Array; better-sqlite3 handed out a Buffer. */
function withBuffers(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row)) {
    out[key] =
      value instanceof Uint8Array && !Buffer.isBuffer(value)
        ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
        : value
  }
  return out
}
