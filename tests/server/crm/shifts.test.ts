import { expect, it } from 'vitest'
import type { CrmStore } from '../../../server/crm'
import { forEachAdapter, useDatabases } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')
const MINUTE = 60_000

forEachAdapter('shifts, settings and report rows', (adapter) => {
  const fresh = useDatabases(adapter)
  let store: CrmStore
  const open = async () => (store = await fresh().open())

  it('keeps shifts per day, earliest start first, until deleted', async () => {
    await open()
    const base = { staffId: 's-1', createdBy: 'boss', at: T0 }
    const late = await store.createShift({
      ...base,
      day: '2025-06-02',
      start: '13:00',
      end: '24:00',
    })
    const early = await store.createShift({
      ...base,
      day: '2025-06-02',
      start: '08:30',
      end: '12:00',
    })
    const other = await store.createShift({
      ...base,
      staffId: 's-2',
      day: '2025-06-02',
      start: '09:00',
      end: '17:00',
    })
    await store.createShift({ ...base, day: '2025-06-03', start: '08:00', end: '09:00' })

    expect(late).toMatchObject({ staffId: 's-1', day: '2025-06-02', start: '13:00', end: '24:00' })
    expect(late.createdAt).toBe(T0)
    expect(late.createdBy).toBe('boss')
    const day = await store.listShifts({ day: '2025-06-02' })
    expect(day.map((s) => s.id)).toEqual([early.id, other.id, late.id])
    expect(day[0]).toEqual(early)
    const mine = await store.listShifts({ day: '2025-06-02', staffId: 's-1' })
    expect(mine.map((s) => s.id)).toEqual([early.id, late.id])

    expect(await store.deleteShift(early.id)).toBe(true)
    expect(await store.deleteShift(early.id)).toBe(false)
    expect(await store.deleteShift('nope')).toBe(false)
    expect((await store.listShifts({ day: '2025-06-02' })).map((s) => s.id)).toEqual([
      other.id,
      late.id,
    ])
    expect(await store.listShifts({ day: '2025-06-04' })).toEqual([])
  })

  it('stores a setting, replacing it on the next write', async () => {
    await open()
    expect(await store.getSetting('minReps')).toBeNull()
    await store.setSetting('minReps', '2')
    await store.setSetting('minReps', '3')
    expect(await store.getSetting('minReps')).toBe('3')
  })

  it("answers each staff member's latest status at a given time", async () => {
    await open()
    await store.appendStaffStatus('a', 'away', T0)
    await store.appendStaffStatus('a', 'available', T0 + MINUTE)
    await store.appendStaffStatus('a', 'offline', T0 + 5 * MINUTE)
    await store.appendStaffStatus('b', 'busy', T0 + 2 * MINUTE)
    const at = async (t: number) =>
      (await store.staffStatusAt(t)).sort((x, y) => x.staffId.localeCompare(y.staffId))

    expect(await at(T0 - 1)).toEqual([])
    expect(await at(T0 + MINUTE)).toEqual([{ staffId: 'a', state: 'available', at: T0 + MINUTE }])
    expect(await at(T0 + 3 * MINUTE)).toEqual([
      { staffId: 'a', state: 'available', at: T0 + MINUTE },
      { staffId: 'b', state: 'busy', at: T0 + 2 * MINUTE },
    ])
    expect((await at(T0 + 9 * MINUTE)).map((e) => e.state)).toEqual(['offline', 'busy'])
  })

  it("reads the day's rows: handoffs requested or accepted since, visits, dwell, open tickets", async () => {
    await open()
    const req = (at: number) => ({
      visitorId: 'v-1',
      visitorName: 'Vera',
      channel: 'web' as const,
      returning: false,
      priority: 0,
      at,
    })
    const yesterday = await store.createRequest(req(T0 - 10 * MINUTE))
    await store.acceptRequest(yesterday.requestId, 'rep-1', T0 + MINUTE)
    await store.createRequest(req(T0 - 20 * MINUTE)) // still waiting from before: not today's
    const today = await store.createRequest(req(T0 + 2 * MINUTE))
    await store.acceptRequest(today.requestId, 'rep-1', T0 + 3 * MINUTE)
    await store.appendTranscript({
      handoffId: today.id,
      from: 'rep',
      text: 'Hi',
      at: T0 + 4 * MINUTE,
    })
    await store.endHandoff(today.id, 'answered', null, T0 + 5 * MINUTE)
    await store.rateHandoff(today.id, 4, null, T0 + 6 * MINUTE)

    await store.startVisit({
      id: 'old',
      visitorId: 'v-0',
      channel: 'web',
      device: 'desktop',
      at: T0 - 1,
    })
    await store.startVisit({
      id: 'new',
      visitorId: 'v-1',
      channel: 'web',
      device: 'desktop',
      at: T0,
    })
    const dwell = { visitorId: 'v-1', tries: 1, dwellMs: 30_000 }
    await store.recordDwell({ ...dwell, visitId: 'old', stationId: 'arm', enteredAt: T0 - 1 })
    await store.recordDwell({ ...dwell, visitId: 'new', stationId: 'drone', enteredAt: T0 + 1 })
    const ticket = { kind: 'message', name: 'Ann', text: 'Call me', consent: false } as const
    await store.createTicket({ ...ticket, at: T0 - MINUTE, dueAt: T0 + MINUTE })
    const done = await store.createTicket({ ...ticket, at: T0, dueAt: T0 + 2 * MINUTE })
    await store.resolveTicket(done.id, 'rep-1', T0)

    const rows = await store.activitySince(T0)
    expect(rows.handoffs.map((h) => h.id)).toEqual([yesterday.id, today.id])
    expect(rows.handoffs[1]).toEqual({
      id: today.id,
      visitorId: 'v-1',
      repId: 'rep-1',
      status: 'ended',
      requestedAt: T0 + 2 * MINUTE,
      acceptedAt: T0 + 3 * MINUTE,
      waitMs: MINUTE,
      firstResponseMs: 2 * MINUTE,
      rating: 4,
    })
    expect(rows.visits).toEqual([{ visitorId: 'v-1', startedAt: T0 }])
    expect(rows.dwells).toEqual([{ visitId: 'new', stationId: 'drone', dwellMs: 30_000 }])
    expect(rows.openTicketsDue).toEqual([T0 + MINUTE])
  })
})
