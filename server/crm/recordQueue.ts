/**
 * Writes high-volume observations (visit starts and ends, station dwell, staff status) off the
 * message handlers, so recording never stalls the room. `enqueue` returns at once; a timer writes
 * what has gathered in one transaction per batch. A failed write keeps its records at the head of
 * the queue and is retried with exponential backoff, logged every time, never dropped silently.
 * Nothing here is acknowledged to anyone: summons, tickets, ratings and leads go straight to the
 * store with `await`.
 */
import { describeError, type Logger } from '../logger'
import type { CrmStore } from './store'
import type { Observation } from './views'

export interface RecordQueueOptions {
  /** How long observations gather before a write; a crash may lose at most about this much. */
  flushIntervalMs?: number
  /** Rows per transaction: large enough to amortise the fsync, small enough to stay brief
   * (about 3 ms for 100 rows on SQLite, which commits on the main thread: bench:crm). */
  maxBatch?: number
  /** First retry delay after a failed write; doubles per failure up to retryMaxMs. */
  retryBaseMs?: number
  retryMaxMs?: number
  /** Beyond this many pending records (a long outage) the oldest are dropped, with an error log. */
  maxPending?: number
}

const DEFAULTS: Required<RecordQueueOptions> = {
  flushIntervalMs: 1_000,
  maxBatch: 100,
  retryBaseMs: 500,
  retryMaxMs: 30_000,
  maxPending: 100_000,
}

export class RecordQueue {
  private readonly options: Required<RecordQueueOptions>
  private pending: Observation[] = []
  private timer: NodeJS.Timeout | null = null
  /** Writes run one at a time, in order: each waits on the one before. */
  private chain: Promise<void> = Promise.resolve()
  private failures = 0
  private dropped = 0
  private written = 0
  private closed = false

  constructor(
    private readonly store: Pick<CrmStore, 'writeObservations'>,
    private readonly logger: Pick<Logger, 'warn' | 'error'>,
    options: RecordQueueOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options }
  }

  enqueue(record: Observation): void {
    if (this.closed) {
      this.logger.error('record queue is closed; observation not recorded', { type: record.type })
      return
    }
    this.pending.push(record)
    this.trim()
    this.schedule()
  }

  /** Writes everything pending now; rejects if the store fails (the records stay queued). */
  flush(): Promise<void> {
    const run = this.chain.then(() => this.drain())
    this.chain = run.catch(() => undefined)
    return run
  }

  /** Stops the timer and writes what is left. */
  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.flush()
  }

  stats() {
    return {
      pending: this.pending.length,
      consecutiveFailures: this.failures,
      dropped: this.dropped,
      written: this.written,
    }
  }

  private schedule(): void {
    if (this.timer || this.closed || this.pending.length === 0) return
    const delay =
      this.failures === 0
        ? this.options.flushIntervalMs
        : Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (this.failures - 1))
    this.timer = setTimeout(() => {
      this.timer = null
      // The failure was logged in drain(); the next attempt is scheduled with a longer delay.
      this.flush()
        .catch(() => undefined)
        .finally(() => this.schedule())
    }, delay)
    // A pending write must not keep a finished process (or a test run) alive.
    this.timer.unref()
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.options.maxBatch)
      try {
        await this.store.writeObservations(batch)
      } catch (err) {
        this.pending = batch.concat(this.pending)
        this.failures += 1
        this.trim()
        this.logger.error('recording observations failed; will retry', {
          attempt: this.failures,
          pending: this.pending.length,
          ...describeError(err),
        })
        throw err
      }
      this.written += batch.length
      if (this.failures > 0) this.logger.warn('recording observations recovered', this.stats())
      this.failures = 0
      // SQLite commits on this thread: let waiting room messages run between batches.
      if (this.pending.length > 0) await new Promise((resolve) => setImmediate(resolve))
    }
  }

  private trim(): void {
    const excess = this.pending.length - this.options.maxPending
    if (excess <= 0) return
    this.pending.splice(0, excess)
    this.dropped += excess
    this.logger.error('record queue full; oldest observations dropped', {
      dropped: excess,
      totalDropped: this.dropped,
    })
  }
}
