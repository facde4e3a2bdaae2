import { expect, it } from 'vitest'
import type { CrmStore } from '../../../server/crm'
import { forEachAdapter, useDatabases } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')

forEachAdapter('visitor history', (adapter) => {
  const fresh = useDatabases(adapter)
  let store: CrmStore

  it('adds up dwell and tries per station and names the rep of each conversation', async () => {
    store = await fresh().open()
    expect(await store.visitorHistory('v-1')).toBeNull()
    await store.upsertVisitor({ id: 'v-1', displayName: 'Ann', at: T0 })
    const rep = await store.createStaff({
      email: 'rob@x.test',
      name: 'Rob',
      role: 'rep',
      passwordHash: 'x',
      at: T0,
    })
    const dwell = (visitId: string, stationId: string, dwellMs: number, tries: number) => ({
      type: 'dwell' as const,
      visitId,
      visitorId: 'v-1',
      stationId,
      enteredAt: T0,
      dwellMs,
      tries,
    })
    const start = (id: string) => ({
      type: 'visit-start' as const,
      id,
      visitorId: 'v-1',
      channel: 'web' as const,
      device: 'desktop',
      at: T0,
    })
    await store.writeObservations([
      start('a'),
      dwell('a', 'arm', 1000, 1),
      { type: 'visit-end', id: 'a', at: T0 + 5000 },
      start('b'),
      dwell('b', 'arm', 2000, 2),
      dwell('b', 'drone', 5000, 0),
    ])
    const req = await store.createRequest({
      visitorId: 'v-1',
      visitorName: 'Ann',
      channel: 'web',
      returning: false,
      priority: 0,
      at: T0 + 100,
    })
    await store.acceptRequest(req.requestId, rep.id, T0 + 200)
    const h = await store.visitorHistory('v-1')
    expect(h).toMatchObject({
      visitor: { id: 'v-1', displayName: 'Ann' },
      visits: 2,
      endedVisits: 1,
      stations: [
        { stationId: 'drone', dwellMs: 5000, tries: 0 },
        { stationId: 'arm', dwellMs: 3000, tries: 3 },
      ],
      handoffs: [
        {
          id: req.id,
          requestedAt: T0 + 100,
          repName: 'Rob',
          status: 'active',
          outcome: null,
          rating: null,
        },
      ],
    })
  })
})
