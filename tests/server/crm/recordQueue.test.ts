import { afterEach, describe, expect, it, vi } from 'vitest'
import { RecordQueue, openStore, type Observation } from '../../../server/crm'
import { quietLogger } from './adapters'

const dwell = (n: number): Observation => ({
  type: 'dwell',
  visitId: 'visit-1',
  visitorId: 'v-1',
  stationId: `s-${n}`,
  enteredAt: n,
  dwellMs: 1000,
  tries: 0,
})

function recordingLogger() {
  const lines: { level: string; msg: string; extra?: object }[] = []
  const at = (level: string) => (msg: string, extra?: object) => lines.push({ level, msg, extra })
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } }
}

/** A store whose writes fail `failFirst` times, then succeed, remembering each committed batch. */
function fakeStore(failFirst = 0) {
  const batches: Observation[][] = []
  let failures = failFirst
  return {
    batches,
    writeObservations: vi.fn(async (batch: readonly Observation[]) => {
      if (failures-- > 0) throw new Error('database is locked')
      batches.push([...batch])
    }),
  }
}

describe('RecordQueue', () => {
  afterEach(() => vi.useRealTimers())

  it('returns from enqueue at once and writes what gathered in one batch on the timer', async () => {
    vi.useFakeTimers()
    const store = fakeStore()
    const queue = new RecordQueue(store, recordingLogger().logger, { flushIntervalMs: 1000 })
    for (let n = 0; n < 3; n++) queue.enqueue(dwell(n))
    expect(store.writeObservations).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1000)
    expect(store.batches).toEqual([[dwell(0), dwell(1), dwell(2)]])
    expect(queue.stats()).toMatchObject({ pending: 0, written: 3 })
  })

  it('splits a backlog into batches of at most maxBatch, in order', async () => {
    const store = fakeStore()
    const queue = new RecordQueue(store, recordingLogger().logger, { maxBatch: 2 })
    for (let n = 0; n < 5; n++) queue.enqueue(dwell(n))
    await queue.flush()
    expect(store.batches.map((b) => b.length)).toEqual([2, 2, 1])
    expect(store.batches.flat()).toEqual([0, 1, 2, 3, 4].map(dwell))
    await queue.close()
  })

  it('retries a failed write with growing delays, logging each failure, losing nothing', async () => {
    vi.useFakeTimers()
    const store = fakeStore(2)
    const { lines, logger } = recordingLogger()
    const queue = new RecordQueue(store, logger, { flushIntervalMs: 100, retryBaseMs: 1000 })
    queue.enqueue(dwell(1))
    await vi.advanceTimersByTimeAsync(100) // first attempt fails
    queue.enqueue(dwell(2))
    expect(queue.stats()).toMatchObject({ pending: 2, consecutiveFailures: 1 })
    await vi.advanceTimersByTimeAsync(999)
    expect(store.writeObservations).toHaveBeenCalledTimes(1) // still backing off
    await vi.advanceTimersByTimeAsync(1) // second attempt, fails; next wait is 2000 ms
    await vi.advanceTimersByTimeAsync(1999)
    expect(store.batches).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(store.batches).toEqual([[dwell(1), dwell(2)]])
    const errors = lines.filter((l) => l.level === 'error')
    expect(errors).toHaveLength(2)
    expect(errors[0].extra).toMatchObject({ attempt: 1, error: 'database is locked' })
    expect(lines.at(-1)).toMatchObject({ level: 'warn', msg: 'recording observations recovered' })
    expect(queue.stats()).toMatchObject({ pending: 0, consecutiveFailures: 0, written: 2 })
  })

  it('rejects a flush that could not write, keeping the records for the next try', async () => {
    const store = fakeStore(1)
    const queue = new RecordQueue(store, recordingLogger().logger)
    queue.enqueue(dwell(1))
    await expect(queue.flush()).rejects.toThrow('database is locked')
    expect(queue.stats().pending).toBe(1)
    await queue.close()
    expect(store.batches).toEqual([[dwell(1)]])
  })

  it('drops the oldest records past maxPending, and says so', async () => {
    const store = fakeStore()
    const { lines, logger } = recordingLogger()
    const queue = new RecordQueue(store, logger, { maxPending: 2 })
    for (let n = 0; n < 3; n++) queue.enqueue(dwell(n))
    expect(lines).toMatchObject([
      { level: 'error', msg: 'record queue full; oldest observations dropped' },
    ])
    await queue.close()
    expect(store.batches.flat()).toEqual([dwell(1), dwell(2)])
    expect(queue.stats().dropped).toBe(1)
  })

  it('refuses records after close, with an error log', async () => {
    const store = fakeStore()
    const { lines, logger } = recordingLogger()
    const queue = new RecordQueue(store, logger)
    await queue.close()
    queue.enqueue(dwell(1))
    expect(lines).toMatchObject([{ level: 'error' }])
    expect(store.writeObservations).not.toHaveBeenCalled()
  })

  it('lands its batches in a real store as visits with station dwell', async () => {
    const store = await openStore({ dataDir: '', sqliteFile: ':memory:', logger: quietLogger })
    const queue = new RecordQueue(store, quietLogger)
    queue.enqueue({
      type: 'visit-start',
      id: 'visit-1',
      visitorId: 'v-1',
      channel: 'web',
      device: 'desktop',
      at: 0,
    })
    queue.enqueue(dwell(7))
    queue.enqueue({ type: 'visit-end', id: 'visit-1', at: 9000 })
    await queue.close()
    expect(await store.listVisits()).toMatchObject([
      {
        id: 'visit-1',
        endedAt: '1970-01-01T00:00:09.000Z',
        stations: [{ stationId: 's-7', dwellMs: 1000 }],
      },
    ])
    await store.close()
  })
})
