/**
 * `npm run bench:crm`'s direct measure of what the store costs the room's message handling, apart
 * from the event loop's scheduling: the main-thread time spent synchronously inside
 *  - the room's message handlers: each entry of the table ShowroomRoom registers with
 *    `onMessage` (server/rooms/messageTable.ts: rate limit, zod parse, and the handler up to its
 *    first `await`), wrapped from the bench by shadowing `onMessage` on ShowroomRoom.prototype for
 *    rooms created while the probe is installed. Production code is not changed;
 *  - each CrmStore call until it returns its promise (the store object's methods, wrapped in
 *    place, so the hub, the record queue and the bench all go through the wrapper);
 *  - each statement handed to SQLite (`SqliteThread.run`): with the worker, posting it; with
 *    SQLite on the main thread, executing it, fsync included. Kysely reaches the statement after
 *    an `await`, so this part is not inside the store call's synchronous part.
 *
 * Each span is reported twice: `wall` (performance.now() around the call) and `onThread`, the
 * same minus the time the main thread sat runnable but descheduled during it (the kernel's
 * run-queue delay for this thread, /proc/self/task/<pid>/schedstat, read before and after; about
 * 5 µs a read, outside the span) and minus the garbage-collection pauses that fell inside it
 * (`gc` performance entries). On a machine whose cores are shared, `wall` includes other
 * processes' turns; `onThread` is what the call itself held the thread for: its CPU time and any
 * I/O it waited for (an fsync). A hypervisor's steal time is not visible to the kernel's
 * run-queue delay and stays in both. Where schedstat is not available, `onThread` is omitted.
 * The GC pauses of each window are reported on their own (`gcPauses`): they stall the loop too,
 * whoever allocated.
 * Samples go to the window open at the time (`open`/`close`); none are kept outside one.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { PerformanceObserver, performance } from 'node:perf_hooks'
import type { CrmStore } from '../server/crm'
import { SqliteThread, type SqliteThreadOptions } from '../server/crm/sqliteWorker/thread'
import { ShowroomRoom } from '../server/rooms/ShowroomRoom'
import { percentile, round } from './stats'

interface Spans {
  wall: number[]
  /** wall minus the run-queue delay; GC pauses are taken out in `close`. */
  onThread: number[]
  start: number[]
}
type ByKey = Map<string, Spans>

const ms3 = (n: number) => round(n, 3)

function stats(values: readonly number[]) {
  return {
    p50Ms: ms3(percentile(values, 50)),
    p99Ms: ms3(percentile(values, 99)),
    maxMs: ms3(Math.max(...values)),
  }
}

/** count, then p50 / p99 / max of the wall time and of the time on the thread, in ms. */
function summary(spans: Spans, schedstat: boolean) {
  if (spans.wall.length === 0) return { count: 0 }
  return {
    count: spans.wall.length,
    wall: stats(spans.wall),
    ...(schedstat ? { onThread: stats(spans.onThread) } : {}),
  }
}

const emptySpans = (): Spans => ({ wall: [], onThread: [], start: [] })

/** The main thread's run-queue delay so far, in ms (schedstat's second field, in ns). */
class RunQueueDelay {
  private readonly fd: number | null
  private readonly buffer = Buffer.alloc(128)

  constructor() {
    // The main thread's id is the process id.
    let fd: number | null = null
    try {
      fd = openSync(`/proc/self/task/${process.pid}/schedstat`, 'r')
    } catch {
      fd = null
    }
    this.fd = fd
  }

  get available() {
    return this.fd !== null
  }

  now(): number {
    if (this.fd === null) return 0
    const n = readSync(this.fd, this.buffer, 0, this.buffer.length, 0)
    return Number(this.buffer.toString('latin1', 0, n).split(' ')[1]) / 1e6
  }

  close() {
    if (this.fd !== null) closeSync(this.fd)
  }
}

const gcSpan = (entry: PerformanceEntry) => ({
  start: entry.startTime,
  end: entry.startTime + entry.duration,
})

export class RoomProbe {
  private handlers: ByKey | null = null
  private storeCalls: ByKey | null = null
  private statements: Spans | null = null
  private gcs: { start: number; end: number }[] = []
  private gcObserver: PerformanceObserver | null = null
  private readonly delay = new RunQueueDelay()
  private readonly undo: (() => void)[] = [() => this.delay.close()]

  /** Starts a window: samples from now on are kept until `close` returns them. */
  open() {
    this.handlers = new Map()
    this.storeCalls = new Map()
    this.statements = emptySpans()
    this.gcs = []
    this.gcObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.gcs.push(gcSpan(entry))
    })
    this.gcObserver.observe({ entryTypes: ['gc'] })
  }

  /** Ends the window: per message type, per store method (and all together), per statement. */
  close() {
    const sched = this.delay.available
    const handlers = this.handlers ?? new Map<string, Spans>()
    const storeCalls = this.storeCalls ?? new Map<string, Spans>()
    const statements = this.statements ?? emptySpans()
    for (const entry of this.gcObserver?.takeRecords() ?? []) this.gcs.push(gcSpan(entry))
    const gcs = this.gcs
    const withoutGc = (s: Spans): Spans => ({
      ...s,
      onThread: s.onThread.map((ms, i) => {
        const t0 = s.start[i]
        const t1 = t0 + s.wall[i]
        const paused = gcs.reduce(
          (sum, g) => sum + Math.max(0, Math.min(t1, g.end) - Math.max(t0, g.start)),
          0,
        )
        return Math.max(0, ms - paused)
      }),
    })
    this.gcObserver?.disconnect()
    this.gcObserver = null
    this.handlers = this.storeCalls = this.statements = null
    const byKey = (spans: ByKey) =>
      Object.fromEntries(
        [...spans]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, s]) => [key, summary(withoutGc(s), sched)]),
      )
    const all = [...storeCalls.values()]
    return {
      handlerSync: byKey(handlers),
      storeCallSync: {
        all: summary(
          withoutGc({
            wall: all.flatMap((s) => s.wall),
            onThread: all.flatMap((s) => s.onThread),
            start: all.flatMap((s) => s.start),
          }),
          sched,
        ),
        ...byKey(storeCalls),
      },
      statementSync: summary(withoutGc(statements), sched),
      gcPauses: {
        count: gcs.length,
        totalMs: ms3(gcs.reduce((sum, g) => sum + g.end - g.start, 0)),
        maxMs: ms3(Math.max(0, ...gcs.map((g) => g.end - g.start))),
      },
    }
  }

  /** Runs `fn`, and adds its span to `spans()` if a window is open. */
  private measure<T>(spans: () => Spans | undefined, fn: () => T): T {
    const d0 = this.delay.now()
    const t0 = performance.now()
    try {
      return fn()
    } finally {
      const wall = performance.now() - t0
      const waited = this.delay.now() - d0
      const into = spans()
      if (into) {
        into.start.push(t0)
        into.wall.push(wall)
        into.onThread.push(Math.max(0, wall - waited))
      }
    }
  }

  private keyed(map: ByKey | null, key: string): Spans | undefined {
    if (!map) return undefined
    let spans = map.get(key)
    if (!spans) map.set(key, (spans = emptySpans()))
    return spans
  }

  /** Times the message table of every ShowroomRoom created from now until `uninstall`. */
  timeRoomHandlers() {
    const proto = ShowroomRoom.prototype as unknown as Record<string, unknown>
    const measure = <T>(type: string, fn: () => T) =>
      this.measure(() => this.keyed(this.handlers, type), fn)
    type OnMessage = (this: ShowroomRoom, type: string | number, ...rest: unknown[]) => unknown
    const inherited = proto.onMessage as OnMessage
    const timedOnMessage: OnMessage = function (type, ...rest) {
      const last = rest.length - 1
      const handler = rest[last]
      if (type === '*' || typeof handler !== 'function') return inherited.call(this, type, ...rest)
      const timed = function (this: unknown, ...args: unknown[]) {
        return measure(String(type), () => handler.apply(this, args))
      }
      return inherited.call(this, type, ...rest.slice(0, last), timed)
    }
    Object.defineProperty(proto, 'onMessage', {
      value: timedOnMessage,
      configurable: true,
      writable: true,
    })
    this.undo.push(() => delete proto.onMessage)
  }

  /** Wraps the store's methods in place: each call's synchronous part, by method. */
  timeStoreCalls(store: CrmStore) {
    const methods = store as unknown as Record<string, unknown>
    const originals = Object.entries(methods).filter(
      (entry): entry is [string, (...args: unknown[]) => unknown] =>
        typeof entry[1] === 'function' && entry[0] !== 'close',
    )
    for (const [name, fn] of originals) {
      methods[name] = (...args: unknown[]) =>
        this.measure(
          () => this.keyed(this.storeCalls, name),
          () => fn(...args),
        )
    }
    this.undo.push(() => {
      for (const [name, fn] of originals) methods[name] = fn
    })
  }

  /**
   * Times `run` on every SqliteThread started from now until `uninstall` (the worker's, or the
   * main-thread stand-in bench/crm.ts puts in place of `SqliteThread.start`).
   */
  timeStatements() {
    const start = SqliteThread.start
    const measure = <T>(fn: () => T) => this.measure(() => this.statements ?? undefined, fn)
    SqliteThread.start = async (options: SqliteThreadOptions) => {
      const thread = await start.call(SqliteThread, options)
      const run = thread.run.bind(thread)
      thread.run = (sql, parameters) => measure(() => run(sql, parameters))
      return thread
    }
    this.undo.push(() => {
      SqliteThread.start = start
    })
  }

  uninstall() {
    for (const undo of this.undo.splice(0).reverse()) undo()
  }
}
