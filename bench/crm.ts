/**
 * `npm run bench:crm`: how fast the CRM records, on SQLite (WAL, synchronous=FULL) and PostgreSQL.
 *  - visit events (station dwell) through the RecordQueue, batched as the room sends them;
 *  - summons, each committed before it would be acknowledged;
 *  - the longest stall of the room's message handling (event-loop delay of a real server with
 *    clients walking) while a storm of summons and events is being written, beside the same
 *    window with no store work, with SQLite in its worker and, for comparison, on the main thread;
 *  - in the same windows, the store's own cost apart from the machine's noise (bench/roomProbe.ts):
 *    how long the room's `move` and `summon` handlers, each store call and each SQLite statement
 *    hold the main thread synchronously.
 * Prints JSON. PostgreSQL is skipped (with the reason) when 127.0.0.1:5432 is unreachable.
 */
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import pg from 'pg'
import { openStore, type CrmStore } from '../server/crm'
import { RecordQueue } from '../server/crm/recordQueue'
import { SqliteThread, type SqliteThreadOptions } from '../server/crm/sqliteWorker/thread'
import type { Observation } from '../server/crm/views'
import { createLogger } from '../server/logger'
import { startCrmServer } from '../tests/support/crmServer'
import { RoomProbe } from './roomProbe'
import { percentile, round, timed } from './stats'

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const EVENTS = 20_000
const SUMMONS = 1_000
const logger = createLogger('silent')

async function withStore<T>(dialect: 'sqlite' | 'postgres', fn: (s: CrmStore) => Promise<T>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'stormpeak-bench-'))
  const schema = `bench_${Date.now().toString(36)}`
  const store = await openStore({
    dataDir,
    databaseUrl: dialect === 'postgres' ? PG_URL : undefined,
    pgSchema: schema,
    logger,
  })
  try {
    return await fn(store)
  } finally {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
    if (dialect === 'postgres') {
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    }
  }
}

/** Visit events through the queue: events/s from first enqueue to last commit, batch latency. */
async function visitEvents(store: CrmStore) {
  const visitors = Array.from({ length: 50 }, () => randomUUID())
  const at = Date.now()
  for (const id of visitors) await store.upsertVisitor({ id, displayName: 'Bench', at })
  const batches: number[] = []
  const timedStore = {
    writeObservations: async (batch: readonly Observation[]) => {
      const [, ms] = await timed(() => store.writeObservations(batch))
      batches.push(ms)
    },
  }
  const queue = new RecordQueue(timedStore, logger, { flushIntervalMs: 50 })
  const visits = visitors.map((visitorId) => ({ id: randomUUID(), visitorId }))
  const t0 = performance.now()
  for (const v of visits) {
    queue.enqueue({ type: 'visit-start', ...v, channel: 'web', device: 'desktop', at })
  }
  for (let i = 0; i < EVENTS; i++) {
    const v = visits[i % visits.length]
    queue.enqueue({
      type: 'dwell',
      visitId: v.id,
      visitorId: v.visitorId,
      stationId: ['arm', 'quadruped', 'amr', 'drone', 'cobot'][i % 5],
      enteredAt: at + i,
      dwellMs: 1000 + (i % 7000),
      tries: i % 3,
    })
    if (i % 1000 === 0) await new Promise((r) => setImmediate(r)) // arrivals spread over time
  }
  await queue.close()
  const seconds = (performance.now() - t0) / 1000
  return {
    events: EVENTS,
    eventsPerSecond: Math.round(EVENTS / seconds),
    batches: batches.length,
    batchCommitP50Ms: round(percentile(batches, 50)),
    batchCommitP99Ms: round(percentile(batches, 99)),
  }
}

/** Summons one at a time, each committed (what `queue` waits for), then 20 in flight at once. */
async function summons(store: CrmStore) {
  const visitorId = randomUUID()
  await store.upsertVisitor({ id: visitorId, displayName: 'Bench', at: Date.now() })
  const one = () =>
    timed(() =>
      store.createRequest({
        visitorId,
        visitorName: 'Bench',
        channel: 'web',
        stationId: 'arm',
        returning: false,
        priority: 1,
        at: Date.now(),
      }),
    ).then(([, ms]) => ms)
  const latencies: number[] = []
  const t0 = performance.now()
  for (let i = 0; i < SUMMONS; i++) latencies.push(await one())
  const sequential = SUMMONS / ((performance.now() - t0) / 1000)
  const t1 = performance.now()
  const concurrent: number[] = []
  for (let i = 0; i < SUMMONS / 20; i++)
    concurrent.push(...(await Promise.all(Array.from({ length: 20 }, one))))
  const parallel = SUMMONS / ((performance.now() - t1) / 1000)
  return {
    summons: SUMMONS,
    sequentialPerSecond: Math.round(sequential),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    twentyInFlightPerSecond: Math.round(parallel),
    twentyInFlightP99Ms: round(percentile(concurrent, 99)),
  }
}

/** The event-loop sampler's tick: each recorded delay includes it, so a stall is delay − tick. */
const TICK_MS = 1
const STORM_SUMMONS = 500
const STORM_EVENTS_PER_SUMMON = 40

/** A window of event-loop delay and utilisation of this process's main thread. */
function loopWindow() {
  const h = monitorEventLoopDelay({ resolution: TICK_MS })
  const elu = performance.eventLoopUtilization()
  h.enable()
  return () => {
    h.disable()
    const stall = (ns: number) => round(Math.max(0, ns / 1e6 - TICK_MS))
    return {
      samples: h.count,
      p99StallMs: stall(h.percentile(99)),
      p999StallMs: stall(h.percentile(99.9)),
      longestStallMs: stall(h.max),
      mainThreadBusy: round(performance.eventLoopUtilization(elu).utilization),
    }
  }
}

/** Visitors in their own process (bench/crmBots.ts), walking at 20 Hz until `stop`. */
async function walkingBots(url: string, count: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/crmBots.ts', url, String(count)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise((r) => child.once('exit', r))
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve())
    child.once('exit', (code) => reject(new Error(`bench bots exited (${code}) before walking`)))
  })
  return {
    /** From now on each visitor also summons (and cancels) once per 5.5 s. */
    summon() {
      child.stdin.write('summon\n')
    },
    async stop() {
      child.stdin.end()
      await exited
    },
  }
}

/**
 * SQLite on the main thread, as before the worker, for comparison in the same run on the same
 * machine: the same dialect, whose "thread" runs each statement synchronously on the event loop
 * (what Kysely's SqliteDialect did). Only for the duration of `fn`.
 */
async function withSqliteOnMainThread<T>(fn: () => Promise<T>): Promise<T> {
  const start = SqliteThread.start
  SqliteThread.start = async ({ file, pragmas }: SqliteThreadOptions) => {
    const db = new Database(file)
    for (const pragma of pragmas) db.pragma(pragma)
    const sameThread: Pick<SqliteThread, 'run' | 'close'> = {
      async run(sql, parameters) {
        const stmt = db.prepare(sql)
        if (stmt.reader)
          return { rows: stmt.all(parameters) as Record<string, unknown>[], blobs: false }
        const { changes, lastInsertRowid } = stmt.run(parameters)
        return { changes, lastInsertRowid }
      },
      async close() {
        db.close()
      },
    }
    return sameThread as SqliteThread
  }
  try {
    return await fn()
  } finally {
    SqliteThread.start = start
  }
}

/** How long each window of the stall measurement lasts (the storm's is as long as it takes). */
const IDLE_MS = 3000
const SUMMONING_MS = 5500

/**
 * A real server on SQLite with 20 visitors walking at 20 Hz (in another process, as visitors
 * are) while 500 summons and 20,000 visit events are written. Three windows:
 *  - idle (3 s): the visitors walk, nothing else (the machine's own noise);
 *  - summoning (5.5 s): each visitor also sends a summon and cancels it, once per 5.5 s, so the
 *    room's `summon` handler runs; the store writes only those;
 *  - busy: the same, while the storm is written.
 * For each: the server's event-loop delay (how long a message could wait to be handled, machine
 * noise included) and, from bench/roomProbe.ts, the main-thread time the room's handlers, the
 * store's calls and SQLite's statements take synchronously (what the store itself costs).
 */
async function roomStall() {
  const probe = new RoomProbe()
  probe.timeRoomHandlers()
  probe.timeStatements()
  try {
    const srv = await startCrmServer()
    const { store, records } = srv.running.services
    probe.timeStoreCalls(store!)
    const bots = await walkingBots(srv.url, 20)
    await new Promise((r) => setTimeout(r, 1000))
    const window = async (during: () => Promise<unknown>) => {
      const endLoop = loopWindow()
      probe.open()
      const [, ms] = await timed(during)
      return { seconds: round(ms / 1000), ...endLoop(), ...probe.close() }
    }
    const idle = await window(() => new Promise((r) => setTimeout(r, IDLE_MS)))
    bots.summon()
    await new Promise((r) => setTimeout(r, 1000))
    const summoning = await window(() => new Promise((r) => setTimeout(r, SUMMONING_MS)))

    const storm = async () => {
      const visitorId = randomUUID()
      await store!.upsertVisitor({ id: visitorId, displayName: 'Storm', at: Date.now() })
      const visitId = randomUUID()
      records!.enqueue({
        type: 'visit-start',
        id: visitId,
        visitorId,
        channel: 'web',
        device: 'desktop',
        at: Date.now(),
      })
      // Summons arrive as messages do: one at a time, with the loop free to turn in between.
      for (let i = 0; i < STORM_SUMMONS; i++) {
        await store!.createRequest({
          visitorId,
          visitorName: 'Storm',
          channel: 'web',
          returning: false,
          priority: 1,
          at: Date.now(),
        })
        for (let j = 0; j < STORM_EVENTS_PER_SUMMON; j++) {
          records!.enqueue({
            type: 'dwell',
            visitId,
            visitorId,
            stationId: 'amr',
            enteredAt: Date.now(),
            dwellMs: 900,
            tries: 0,
          })
        }
        await new Promise((r) => setTimeout(r, 2))
      }
      await records!.flush()
    }
    const busy = await window(storm)
    await bots.stop()
    await srv.stop()
    return { idle, summoning, busy }
  } finally {
    probe.uninstall()
  }
}

async function pgProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    return null
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function main() {
  const result: Record<string, unknown> = { node: process.version, when: new Date().toISOString() }
  const sqliteRuns = () =>
    withStore('sqlite', async (s) => ({
      visitEvents: await visitEvents(s),
      summons: await summons(s),
    }))
  result.sqlite = await sqliteRuns()
  // The same, with SQLite on the main thread as before the worker: a comparison on this machine
  // under the same load, not a way the server runs.
  result.sqliteOnMainThread = await withSqliteOnMainThread(sqliteRuns)
  const problem = await pgProblem()
  result.postgres = problem
    ? { skipped: problem }
    : await withStore('postgres', async (s) => ({
        visitEvents: await visitEvents(s),
        summons: await summons(s),
      }))
  result.roomStallSqlite = {
    clientsWalking: 20,
    stormSummons: STORM_SUMMONS,
    stormEvents: STORM_SUMMONS * STORM_EVENTS_PER_SUMMON,
    samplerTickMs: TICK_MS,
    sqliteInWorker: await roomStall(),
    sqliteOnMainThread: await withSqliteOnMainThread(roomStall),
  }
  console.log(JSON.stringify(result, null, 2))
}

await main()
process.exit(0)
