/**
 * `npm run bench:crm`: how fast the CRM records, on SQLite (WAL, synchronous=FULL) and PostgreSQL.
 *  - visit events (station dwell) through the RecordQueue, batched as the room sends them;
 *  - summons, each committed before it would be acknowledged;
 *  - the longest stall of the room's message handling (event-loop delay of a real server with
 *    clients walking) while a storm of summons and events is being written.
 * Prints JSON. PostgreSQL is skipped (with the reason) when 127.0.0.1:5432 is unreachable.
 */
import { Client } from '@colyseus/sdk'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import pg from 'pg'
import { openStore, type CrmStore } from '../server/crm'
import { RecordQueue } from '../server/crm/recordQueue'
import type { Observation } from '../server/crm/views'
import { createLogger } from '../server/logger'
import { startCrmServer } from '../tests/support/crmServer'
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

/**
 * A real server on SQLite with 20 visitors walking at 20 Hz while 500 summons and 20,000 visit
 * events are written: the event loop's longest delay is the longest a message waited to be handled.
 */
async function roomStall() {
  const srv = await startCrmServer()
  const rooms = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      new Client(srv.url).joinOrCreate('showroom', { name: `Bot ${i}` }),
    ),
  )
  for (const room of rooms) room.onMessage('*', () => undefined)
  const walking = setInterval(() => {
    const t = performance.now() / 1000
    rooms.forEach((room, i) =>
      room.send('move', { x: Math.sin(t + i) * 4, z: 6 + Math.cos(t + i) * 2, ry: 0 }),
    )
  }, 50)
  await new Promise((r) => setTimeout(r, 1000))
  const quiet = monitorEventLoopDelay({ resolution: 1 })
  quiet.enable()
  await new Promise((r) => setTimeout(r, 2000))
  quiet.disable()

  const { store, records } = srv.running.services
  const busy = monitorEventLoopDelay({ resolution: 1 })
  busy.enable()
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
  const storm = (async () => {
    for (let i = 0; i < 500; i++) {
      await store!.createRequest({
        visitorId,
        visitorName: 'Storm',
        channel: 'web',
        returning: false,
        priority: 1,
        at: Date.now(),
      })
      for (let j = 0; j < 40; j++) {
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
  })()
  const [, stormMs] = await timed(() => storm)
  busy.disable()
  clearInterval(walking)
  await Promise.all(rooms.map((r) => r.leave()))
  await srv.stop()
  const ms = (h: ReturnType<typeof monitorEventLoopDelay>, p?: number) =>
    round((p === undefined ? h.max : h.percentile(p)) / 1e6)
  return {
    clientsWalking: rooms.length,
    stormSummons: 500,
    stormEvents: 20_000,
    stormSeconds: round(stormMs / 1000),
    idleLoopDelayMaxMs: ms(quiet),
    busyLoopDelayP99Ms: ms(busy, 99),
    busyLoopDelayMaxMs: ms(busy),
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
  result.sqlite = await withStore('sqlite', async (s) => ({
    visitEvents: await visitEvents(s),
    summons: await summons(s),
  }))
  const problem = await pgProblem()
  result.postgres = problem
    ? { skipped: problem }
    : await withStore('postgres', async (s) => ({
        visitEvents: await visitEvents(s),
        summons: await summons(s),
      }))
  result.roomStallSqlite = await roomStall()
  console.log(JSON.stringify(result, null, 2))
}

await main()
process.exit(0)
