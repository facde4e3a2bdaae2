/**
 * writeObservations turns a run of consecutive dwells into multi-row INSERTs (500 rows each):
 * order, counts and all-or-nothing must be what one INSERT per dwell gave.
 */
import { expect, it } from 'vitest'
import type { CrmStore } from '../../../server/crm'
import type { Observation } from '../../../server/crm/views'
import { forEachAdapter, useDatabases } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')

const start = (id: string): Observation => ({
  type: 'visit-start',
  id,
  visitorId: `v-${id}`,
  channel: 'web',
  device: 'desktop',
  at: T0,
})
const dwell = (visitId: string, i: number): Observation => ({
  type: 'dwell',
  visitId,
  visitorId: `v-${visitId}`,
  stationId: ['arm', 'drone'][i % 2],
  enteredAt: T0 + i,
  dwellMs: 10,
  tries: 0,
})

forEachAdapter('a batch of observations', (adapter) => {
  const fresh = useDatabases(adapter)
  let store: CrmStore
  const open = async () => (store = await fresh().open())
  const total = (views: Awaited<ReturnType<CrmStore['listVisits']>>, id: string) =>
    views.find((v) => v.id === id)?.stations.reduce((sum, s) => sum + s.dwellMs, 0)

  it('keeps every dwell of long runs, split around visit starts and ends', async () => {
    await open()
    const batch: Observation[] = [
      start('a'),
      ...Array.from({ length: 1_201 }, (_, i) => dwell('a', i)), // three INSERTs
      start('b'),
      ...Array.from({ length: 3 }, (_, i) => dwell('b', i)),
      { type: 'visit-end', id: 'a', at: T0 + 5_000 },
      dwell('b', 3),
    ]
    await store.writeObservations(batch)
    const visits = await store.listVisits()
    expect(total(visits, 'a')).toBe(12_010)
    expect(total(visits, 'b')).toBe(40)
    expect(visits.find((v) => v.id === 'a')?.endedAt).not.toBeNull()
  })

  it('writes none of a batch whose bad dwell sits inside a multi-row INSERT', async () => {
    await open()
    const bad = { ...dwell('a', 7), stationId: null } as never
    const batch = [
      start('a'),
      ...Array.from({ length: 20 }, (_, i) => (i === 7 ? bad : dwell('a', i))),
    ]
    await expect(store.writeObservations(batch)).rejects.toThrow()
    expect(await store.listVisits()).toEqual([])
  })
})
