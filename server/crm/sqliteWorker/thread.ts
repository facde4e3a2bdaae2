/**
 * The main thread's end of the SQLite worker (worker.mjs): starts it, posts requests and settles
 * each promise from the worker's reply. A promise resolves only after the worker's statement
 * returned, so a resolved COMMIT means what it meant on the main thread: on disk.
 *
 * The worker holds the process open only while a request is outstanding: an idle open store
 * never kept the process alive before, and must not now.
 *
 * If the worker dies without being closed (an uncaught error, an exit, an out-of-memory kill of
 * the thread), every outstanding and every later call rejects with ERR_SQLITE_WORKER_STOPPED and
 * `onStopped` is told once, so the server logs it. Nothing waits for a reply that cannot come.
 */
import { Worker } from 'node:worker_threads'

const WORKER_URL = new URL('./worker.mjs', import.meta.url)

/** What the worker sends back for an error: an Error loses its `code` crossing threads. */
export interface ErrorParts {
  name: string
  message: string
  code?: string
}

export type RunReply =
  | { rows: Record<string, unknown>[]; blobs: boolean }
  | { changes: number; lastInsertRowid: number | bigint }

type Reply = { id: number } & (RunReply | { closed: true } | { error: ErrorParts })
type StartReply = { ready: true } | { failed: ErrorParts }
type Request = { type: 'run'; sql: string; parameters: readonly unknown[] } | { type: 'close' }

/** Every call after the worker died fails with this code. */
export const WORKER_STOPPED = 'ERR_SQLITE_WORKER_STOPPED'
/** Every call after `close()` fails with this code. */
export const STORE_CLOSED = 'ERR_SQLITE_CLOSED'

/**
 * The error a statement failed with in the worker, with better-sqlite3's name and code
 * (`SqliteError`, `SQLITE_CONSTRAINT_UNIQUE`…), so callers check `code` as they always did.
 * It is created in the caller's async context, so its stack shows who issued the statement.
 */
export class SqliteWorkerError extends Error {
  readonly code?: string

  constructor(parts: ErrorParts, options?: ErrorOptions) {
    super(parts.message, options)
    this.name = parts.name
    if (parts.code !== undefined) this.code = parts.code
  }
}

/** Why a request was rejected, turned into an Error by the caller (see `run`). */
class Failure {
  constructor(
    readonly parts: ErrorParts,
    readonly cause?: unknown,
  ) {}
}

interface Waiter {
  resolve(reply: Reply): void
  reject(failure: Failure): void
}

export interface SqliteThreadOptions {
  /** A database file (the worker opens it; the directory must exist). */
  file: string
  /** Applied in order right after opening, e.g. 'journal_mode = WAL'. */
  pragmas: readonly string[]
  /** Told once when the worker stops without `close()`: the store cannot be used after it. */
  onStopped?: (err: Error) => void
  /** Tests only: another worker script speaking the same protocol. */
  workerUrl?: URL
}

export class SqliteThread {
  private readonly pending = new Map<number, Waiter>()
  private nextId = 1
  /** Set once the worker is gone or closing: every later request fails with it. */
  private stopped: Failure | null = null

  private constructor(
    private readonly worker: Worker,
    private readonly onStopped?: (err: Error) => void,
  ) {
    worker.on('message', (reply: Reply) => this.settle(reply))
    worker.on('error', (err) => this.die(`the SQLite worker failed: ${err.message}`, err))
    worker.on('exit', (code) => this.die(`the SQLite worker exited (code ${code})`))
    worker.on('messageerror', (err) => this.die(`a SQLite worker reply was unreadable`, err))
  }

  /** Opens the file in a new worker and applies the pragmas; rejects if the database cannot open. */
  static start(options: SqliteThreadOptions): Promise<SqliteThread> {
    // No inherited --import tsx: the worker is plain JavaScript and starts faster without it.
    const worker = new Worker(options.workerUrl ?? WORKER_URL, {
      workerData: { file: options.file, pragmas: options.pragmas },
      execArgv: [],
    })
    return new Promise((resolve, reject) => {
      const done = () => {
        worker.off('message', opened)
        worker.off('error', failed)
        worker.off('exit', exited)
      }
      const opened = (reply: StartReply) => {
        done()
        if ('failed' in reply) {
          void worker.terminate()
          return reject(new SqliteWorkerError(reply.failed))
        }
        const thread = new SqliteThread(worker, options.onStopped)
        worker.unref()
        resolve(thread)
      }
      const failed = (err: Error) => {
        done()
        reject(err)
      }
      const exited = (code: number) => {
        done()
        reject(new Error(`The SQLite worker exited (code ${code}) before the database opened.`))
      }
      worker.on('message', opened)
      worker.on('error', failed)
      worker.on('exit', exited)
    })
  }

  async run(sql: string, parameters: readonly unknown[]): Promise<RunReply> {
    try {
      return (await this.request({ type: 'run', sql, parameters })) as RunReply
    } catch (failure) {
      throw callerError(failure)
    }
  }

  /**
   * Closes the database in the worker (after the statements already posted), then ends the
   * thread. Calls made after this reject with ERR_SQLITE_CLOSED.
   */
  async close(): Promise<void> {
    if (this.stopped) return
    const closing = this.request({ type: 'close' })
    this.stopped = new Failure({
      name: 'Error',
      message: 'The SQLite store is closed.',
      code: STORE_CLOSED,
    })
    try {
      await closing
    } catch (failure) {
      throw callerError(failure)
    } finally {
      await this.worker.terminate()
    }
  }

  private request(message: Request): Promise<Reply> {
    if (this.stopped) return Promise.reject(this.stopped)
    const id = this.nextId++
    return new Promise<Reply>((resolve, reject) => {
      try {
        this.worker.postMessage({ id, ...message })
      } catch (err) {
        // A parameter that cannot be cloned (a function, a symbol): better-sqlite3 would not
        // have bound it either. Nothing was posted, so nothing is pending.
        const parts = { name: 'TypeError', message: `cannot send to SQLite: ${messageOf(err)}` }
        return reject(new Failure(parts, err))
      }
      this.pending.set(id, { resolve, reject })
      if (this.pending.size === 1) this.worker.ref()
    })
  }

  private settle(reply: Reply): void {
    const waiter = this.pending.get(reply.id)
    if (!waiter) return
    this.pending.delete(reply.id)
    if (this.pending.size === 0) this.worker.unref()
    if ('error' in reply) waiter.reject(new Failure(reply.error))
    else waiter.resolve(reply)
  }

  /** The worker is gone: fail what waits and all that follows; say so once unless closed. */
  private die(why: string, cause?: unknown): void {
    const unexpected = this.stopped === null
    if (unexpected) {
      const message = `The SQLite store is unavailable: ${why}. Restart the server.`
      this.stopped = new Failure({ name: 'Error', message, code: WORKER_STOPPED }, cause)
    }
    const failure = this.stopped!
    for (const waiter of this.pending.values()) waiter.reject(failure)
    this.pending.clear()
    if (unexpected) {
      const err = new SqliteWorkerError(failure.parts, { cause })
      void this.worker.terminate() // after an 'error' or 'messageerror' the thread may linger
      this.onStopped?.(err)
    }
  }
}

function callerError(failure: unknown): Error {
  if (!(failure instanceof Failure)) return failure as Error
  return new SqliteWorkerError(
    failure.parts,
    failure.cause === undefined ? undefined : { cause: failure.cause },
  )
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
