import { expect, it } from 'vitest'
import type { CrmStore, NewRequest } from '../../../server/crm'
import { forEachAdapter, useDatabases } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')
const SECOND = 1000

const summon = (over: Partial<NewRequest> = {}): NewRequest => ({
  visitorId: 'v-1',
  visitorName: 'Ann',
  channel: 'web',
  stationId: 'arm',
  topic: 'payload',
  returning: false,
  priority: 0,
  at: T0,
  ...over,
})

forEachAdapter('the summon queue', (adapter) => {
  const fresh = useDatabases(adapter)
  let store: CrmStore
  const open = async () => (store = await fresh().open())

  it('keeps a new request waiting, oldest first', async () => {
    await open()
    const later = await store.createRequest(summon({ visitorId: 'v-2', at: T0 + SECOND }))
    const first = await store.createRequest(summon())
    expect(first.status).toBe('waiting')
    expect(first.requestedAt).toBe(T0)
    const waiting = await store.listWaiting()
    expect(waiting.map((r) => r.requestId)).toEqual([first.requestId, later.requestId])
  })

  it('lets exactly one of two concurrent accepts win, across two connections', async () => {
    const db = fresh()
    const a = await db.open()
    const b = await db.open()
    const { requestId } = await a.createRequest(summon())
    const results = await Promise.all([
      a.acceptRequest(requestId, 'rep-a', T0 + 5 * SECOND),
      b.acceptRequest(requestId, 'rep-b', T0 + 5 * SECOND),
    ])
    expect(results.filter((r) => r.won)).toHaveLength(1)
    const winner = results.find((r) => r.won)!.handoff!
    const loser = results.find((r) => !r.won)!
    expect(loser.handoff?.repId).toBe(winner.repId)
    expect(winner.status).toBe('active')
    expect(winner.waitMs).toBe(5 * SECOND)
    expect(await a.listWaiting()).toEqual([])
  })

  it('refuses to accept a request that was cancelled or is unknown', async () => {
    await open()
    const { requestId } = await store.createRequest(summon())
    expect(await store.cancelRequest(requestId, T0 + SECOND)).toBe(true)
    expect(await store.cancelRequest(requestId, T0 + SECOND)).toBe(false)
    expect((await store.acceptRequest(requestId, 'rep', T0 + 2 * SECOND)).won).toBe(false)
    expect(await store.acceptRequest('nope', 'rep', T0)).toEqual({ won: false, handoff: null })
  })

  it('marks a request nobody took as missed, but not once accepted', async () => {
    await open()
    const missed = await store.createRequest(summon())
    const taken = await store.createRequest(summon({ visitorId: 'v-2' }))
    await store.acceptRequest(taken.requestId, 'rep', T0 + SECOND)
    expect(await store.markMissed(missed.requestId, T0 + 60 * SECOND)).toBe(true)
    expect(await store.markMissed(taken.requestId, T0 + 60 * SECOND)).toBe(false)
    expect((await store.getRequest(missed.requestId))?.status).toBe('missed')
  })

  it('ends a handoff once, then takes exactly one rating', async () => {
    await open()
    const { id, requestId } = await store.createRequest(summon())
    expect(await store.rateHandoff(id, 5, 'early', T0)).toBe(false)
    await store.acceptRequest(requestId, 'rep', T0 + SECOND)
    expect(await store.endHandoff(id, 'quote-sent', 'wants 3 arms', T0 + 90 * SECOND)).toBe(true)
    expect(await store.endHandoff(id, 'again', null, T0 + 91 * SECOND)).toBe(false)
    expect(await store.rateHandoff(id, 6, null, T0 + 92 * SECOND)).toBe(false)
    expect(await store.rateHandoff(id, 4, 'helpful', T0 + 92 * SECOND)).toBe(true)
    expect(await store.rateHandoff(id, 1, 'changed my mind', T0 + 93 * SECOND)).toBe(false)
    const handoff = await store.getHandoff(id)
    expect(handoff).toMatchObject({ status: 'ended', outcome: 'quote-sent', notes: 'wants 3 arms' })
    expect(handoff).toMatchObject({
      rating: 4,
      ratingComment: 'helpful',
      endedAt: T0 + 90 * SECOND,
    })
  })

  it('lists handoffs newest first in the contract shape', async () => {
    await open()
    const old = await store.createRequest(summon())
    const recent = await store.createRequest(summon({ visitorId: 'v-2', at: T0 + SECOND }))
    await store.acceptRequest(old.requestId, 'rep-1', T0 + 2 * SECOND)
    const list = await store.listHandoffs({ limit: 10 })
    expect(list.map((h) => h.id)).toEqual([recent.id, old.id])
    expect(list[1]).toEqual({
      id: old.id,
      requestId: old.requestId,
      visitorId: 'v-1',
      repId: 'rep-1',
      status: 'active',
      requestedAt: '2025-06-01T10:00:00.000Z',
      acceptedAt: '2025-06-01T10:00:02.000Z',
      endedAt: null,
      outcome: null,
      rating: null,
    })
    expect(await store.listHandoffs({ limit: 1 })).toHaveLength(1)
  })

  it('reports recent handling times, newest first, leaving out restarts', async () => {
    await open()
    for (const [i, minutes] of [3, 5].entries()) {
      const h = await store.createRequest(summon({ visitorId: `v-${i}` }))
      await store.acceptRequest(h.requestId, 'rep', T0 + i * 600 * SECOND)
      await store.endHandoff(h.id, 'done', null, T0 + i * 600 * SECOND + minutes * 60 * SECOND)
    }
    const cut = await store.createRequest(summon({ visitorId: 'v-cut' }))
    await store.acceptRequest(cut.requestId, 'rep', T0)
    await store.reconcileOnStart(T0 + 3600 * SECOND)
    expect(await store.recentHandlingTimes()).toEqual([5 * 60 * SECOND, 3 * 60 * SECOND])
  })

  it('on start ends handoffs left active and keeps waiting requests in the queue', async () => {
    await open()
    const waiting = await store.createRequest(summon())
    const active = await store.createRequest(summon({ visitorId: 'v-2' }))
    await store.acceptRequest(active.requestId, 'rep', T0 + SECOND)
    const result = await store.reconcileOnStart(T0 + 10 * SECOND)
    expect(result).toEqual({ endedActive: 1, stillWaiting: 1 })
    expect(await store.getHandoff(active.id)).toMatchObject({
      status: 'ended',
      outcome: 'server-restart',
      endedAt: T0 + 10 * SECOND,
    })
    expect((await store.listWaiting()).map((r) => r.id)).toEqual([waiting.id])
  })

  it('records the first staff line of a conversation as the first response time', async () => {
    await open()
    const { id, requestId } = await store.createRequest(summon())
    await store.acceptRequest(requestId, 'rep', T0 + 4 * SECOND)
    await store.appendTranscript({
      handoffId: id,
      from: 'visitor',
      text: 'hi?',
      at: T0 + 5 * SECOND,
    })
    await store.appendTranscript({
      handoffId: id,
      from: 'rep',
      text: 'Hello!',
      at: T0 + 7 * SECOND,
    })
    await store.appendTranscript({ handoffId: id, from: 'rep', text: 'So…', at: T0 + 9 * SECOND })
    expect((await store.getHandoff(id))?.firstResponseMs).toBe(7 * SECOND)
    const lines = await store.getTranscript(id)
    expect(lines.map((l) => [l.from, l.text])).toEqual([
      ['visitor', 'hi?'],
      ['rep', 'Hello!'],
      ['rep', 'So…'],
    ])
  })
})
