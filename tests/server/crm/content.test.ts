import { expect, it } from 'vitest'
import { forEachAdapter, useDatabases } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')
const card = (title: string) => ({
  title,
  tagline: 'Lifts anything',
  description: 'Ünïcödé and "quotes" survive the round trip.',
  specs: [{ label: 'Reach', value: '1.2 m' }],
  uses: ['Welding'],
  priceRange: 'On request',
})

forEachAdapter('station cards', (adapter) => {
  const fresh = useDatabases(adapter)

  it('keeps one card per station, the last save winning, across opens', async () => {
    const db = fresh()
    const store = await db.open()
    expect(await store.listStationCards()).toEqual([])

    await store.saveStationCard({ stationId: 'arm', card: card('Arm v1'), by: 's-1', at: T0 })
    await store.saveStationCard({ stationId: 'drone', card: card('Drone'), by: 's-1', at: T0 })
    await store.saveStationCard({
      stationId: 'arm',
      card: card('Arm v2'),
      by: 's-2',
      at: new Date(T0 + 60_000),
    })

    const expected = [
      { stationId: 'arm', card: card('Arm v2'), updatedAt: T0 + 60_000, updatedBy: 's-2' },
      { stationId: 'drone', card: card('Drone'), updatedAt: T0, updatedBy: 's-1' },
    ]
    expect(await store.listStationCards()).toEqual(expected)
    // Another process (or a restart) opening the same database sees the same edits.
    const other = await db.open()
    expect(await other.listStationCards()).toEqual(expected)
  })
})
