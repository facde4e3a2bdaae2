import { describe, expect, it, vi } from 'vitest'
import { RECEPTION, STATIONS, MEETING_CORNER, SPAWN_POINTS } from '../../../shared/showroom'
import type { CrmStore } from '../../../server/crm/store'
import { withHistory } from '../../../server/handoff/history'
import { staffRequests } from '../../../server/handoff/queue'
import { RECONNECTING, staffView, WhereWatch } from '../../../server/handoff/staffView'
import { whereabouts } from '../../../server/showroom/whereabouts'
import { harness, type Summon } from './harness'

const silent = { warn: () => undefined }

describe('where a visitor stands, in words', () => {
  it('names the station zone, reception, the meeting corner, the lobby, or the hall', () => {
    const kestrel = STATIONS.find((s) => s.id === 'drone')!
    expect(whereabouts(kestrel.viewpoint)).toBe('at Kestrel')
    expect(whereabouts({ x: RECEPTION.x, z: RECEPTION.z + 1.2 })).toBe('at reception')
    expect(whereabouts(MEETING_CORNER)).toBe('in the meeting corner')
    for (const spawn of SPAWN_POINTS) expect(whereabouts(spawn)).toBe('in the lobby')
    expect(whereabouts({ x: 0, z: 2 })).toBe('in the hall')
  })
})

describe('the staff view of requests', () => {
  it('adds who, whether returning, the cached history and where they stand now', () => {
    const h = harness()
    h.summon('ann', { stationId: 'arm', returning: true, history: '2nd visit · tried Kestrel' })
    const msg = staffRequests(h.state, h.now)
    const kestrel = STATIONS.find((s) => s.id === 'drone')!.position
    const view = staffView(msg, h.state, (id) => (id === 'ann' ? kestrel : undefined))
    expect(view.requests).toEqual([
      {
        ...msg.requests[0],
        visitorId: 'visitor-ann',
        visitorSessionId: 'ann',
        returning: true,
        history: '2nd visit · tried Kestrel',
        where: 'at Kestrel',
      },
    ])
  })

  it('falls back to the station they asked from when their avatar is elsewhere', () => {
    const h = harness()
    h.summon('ann', { stationId: 'arm' })
    h.summon('bob')
    const view = staffView(staffRequests(h.state, h.now), h.state, () => undefined)
    const where = Object.fromEntries(view.requests.map((r) => [r.visitorName, r.where]))
    expect(where).toEqual({ ann: 'at Atlas-6', bob: 'in the showroom' })
  })

  it('says so while a visitor is reconnecting', () => {
    const h = harness()
    h.summon('ann')
    h.dispatch({ type: 'visitor-left', visitorSessionId: 'ann' })
    const view = staffView(staffRequests(h.state, h.now), h.state, () => ({ x: 0, z: 0 }))
    expect(view.requests[0].where).toBe(RECONNECTING)
  })
})

describe('the history line on a summon', () => {
  const summon: Summon = {
    type: 'summon',
    requestId: 'r1',
    visitorSessionId: 'ann',
    visitorId: 'v-ann',
    visitorName: 'Ann',
    channel: 'web',
    returning: true,
  }
  const storeWith = (visitorHistory: CrmStore['visitorHistory']) =>
    ({ visitorHistory }) as unknown as CrmStore

  it('is read from the store once, for a new request only', async () => {
    const read = vi.fn<CrmStore['visitorHistory']>().mockResolvedValue(null)
    const h = harness()
    const first = await withHistory(summon, h.state, storeWith(read), silent)
    expect(first).toEqual({ ...summon, history: '' })
    h.dispatch(first)
    expect(await withHistory(summon, h.state, storeWith(read), silent)).toBe(summon)
    expect(await withHistory({ type: 'tick' }, h.state, storeWith(read), silent)).toEqual({
      type: 'tick',
    })
    expect(read).toHaveBeenCalledTimes(1)
  })

  it('is left empty when the store fails, and the summon still goes ahead', async () => {
    const broken = storeWith(() => Promise.reject(new Error('disk gone')))
    const warn = vi.fn()
    const event = await withHistory(summon, harness().state, broken, { warn })
    expect(event).toEqual({ ...summon, history: '' })
    expect(warn).toHaveBeenCalledOnce()
  })
})

describe('watching where visitors stand', () => {
  it('reports a change only when somebody moved to another place or the list changed', () => {
    const watch = new WhereWatch()
    const at = (where: string, more: string[] = []) => ({
      requests: [where, ...more].map((w, i) => ({
        requestId: `r${i}`,
        visitorName: 'x',
        channel: 'web' as const,
        stationId: null,
        waitingMs: i,
        priority: 100,
        where: w,
      })),
    })
    expect(watch.changed(at('in the lobby'))).toBe(true)
    expect(watch.changed(at('in the lobby'))).toBe(false)
    expect(watch.changed(at('at reception'))).toBe(true)
    expect(watch.changed(at('at reception', ['in the hall']))).toBe(true)
  })
})
