import { expect, it } from 'vitest'
import type { CrmStore } from '../../../server/crm'
import { forEachAdapter, useDatabases } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')
const MINUTE = 60_000

forEachAdapter('visitors and visits', (adapter) => {
  const fresh = useDatabases(adapter)
  let store: CrmStore
  const open = async () => (store = await fresh().open())

  it('recognises a visitor who comes back, keeping the first-seen time', async () => {
    await open()
    const first = await store.upsertVisitor({ id: 'v-1', displayName: 'Ann', at: T0 })
    expect(first).toMatchObject({ returning: false, firstSeenAt: T0, email: null, consent: false })
    const again = await store.upsertVisitor({ id: 'v-1', displayName: 'Ann B', at: T0 + MINUTE })
    expect(again).toMatchObject({ returning: true, displayName: 'Ann B', firstSeenAt: T0 })
    expect(again.lastSeenAt).toBe(T0 + MINUTE)
  })

  it('saves contact details together with the time consent was given', async () => {
    await open()
    await store.upsertVisitor({ id: 'v-1', displayName: 'Ann', at: T0 })
    const saved = await store.saveContact('v-1', {
      email: 'ann@example.com',
      company: 'Acme',
      consentAt: new Date(T0 + MINUTE),
    })
    expect(saved).toBe(true)
    expect(await store.getVisitor('v-1')).toMatchObject({
      email: 'ann@example.com',
      phone: null,
      company: 'Acme',
      consent: true,
      consentAt: T0 + MINUTE,
    })
    expect(await store.saveContact('nobody', { email: 'x@y.z', consentAt: T0 })).toBe(false)
  })

  it('lists visits newest first with the time spent at each station', async () => {
    await open()
    const visit = await store.startVisit({
      visitorId: 'v-1',
      channel: 'web',
      device: 'phone',
      at: T0,
    })
    await store.writeObservations([
      {
        type: 'visit-start',
        id: 'k-1',
        visitorId: 'v-2',
        channel: 'kiosk',
        device: 'kiosk',
        at: T0 + MINUTE,
      },
      {
        type: 'dwell',
        visitId: visit.id,
        visitorId: 'v-1',
        stationId: 'arm',
        enteredAt: T0,
        dwellMs: 4000,
        tries: 2,
      },
      {
        type: 'dwell',
        visitId: visit.id,
        visitorId: 'v-1',
        stationId: 'drone',
        enteredAt: T0 + 5000,
        dwellMs: 1000,
        tries: 0,
      },
      {
        type: 'dwell',
        visitId: visit.id,
        visitorId: 'v-1',
        stationId: 'arm',
        enteredAt: T0 + 9000,
        dwellMs: 500,
        tries: 1,
      },
      { type: 'visit-end', id: visit.id, at: T0 + 10_000 },
    ])
    const visits = await store.listVisits()
    expect(visits.map((v) => v.id)).toEqual(['k-1', visit.id])
    expect(visits[1]).toEqual({
      id: visit.id,
      visitorId: 'v-1',
      channel: 'web',
      startedAt: '2025-06-01T10:00:00.000Z',
      endedAt: '2025-06-01T10:00:10.000Z',
      stations: [
        { stationId: 'arm', dwellMs: 4500 },
        { stationId: 'drone', dwellMs: 1000 },
      ],
    })
    expect(visits[0]).toMatchObject({ channel: 'kiosk', endedAt: null, stations: [] })
  })

  it('writes a batch of observations all or nothing', async () => {
    await open()
    const bad = { type: 'dwell', visitId: 'x', visitorId: 'v', stationId: null } as never
    await expect(
      store.writeObservations([
        { type: 'visit-start', id: 'a', visitorId: 'v', channel: 'web', device: 'desktop', at: T0 },
        bad,
      ]),
    ).rejects.toThrow()
    expect(await store.listVisits()).toEqual([])
  })
})
