import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Coverage, ScoreboardRow, Shift, TodayReport } from '../../../shared/staffApi'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { nextMessage, quiet } from '../../support/server'
import { createStaff, joinAsStaff, type TestStaff } from '../../support/staff'
import { api } from './helpers'

let srv: CrmServer
let boss: TestStaff
let rep: TestStaff
beforeAll(async () => {
  srv = await startCrmServer()
  boss = await createStaff(srv, 'supervisor', 'Sam Boss')
  rep = await createStaff(srv, 'rep', 'Riley')
})
afterAll(async () => {
  await srv.stop()
})

function send(path: string, token: string | undefined, method: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }
  return fetch(`${srv.url}${path}`, init)
}

async function get<T>(path: string): Promise<T> {
  const res = await api(srv, path, boss.token)
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('no-store')
  return (await res.json()) as T
}

/** Polls a supervisor route until `ok` holds: staff status and visits are written in batches. */
async function until<T>(path: string, ok: (body: T) => boolean, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const body = await get<T>(path)
    if (ok(body) || Date.now() > deadline) return body
    await new Promise((r) => setTimeout(r, 100))
  }
}

const repRow = (reps: ScoreboardRow[]) => reps.find((r) => r.staffId === rep.id)

describe('supervisor routes', () => {
  it('refuses a rep (403) and a caller without a token (401) on every route', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/supervisor/today'],
      ['GET', '/api/supervisor/scoreboard'],
      ['GET', '/api/supervisor/shifts'],
      [
        'POST',
        '/api/supervisor/shifts',
        { staffId: rep.id, day: '2025-06-02', start: '09:00', end: '10:00' },
      ],
      ['DELETE', '/api/supervisor/shifts/some-shift'],
      ['GET', '/api/supervisor/coverage'],
      ['PUT', '/api/supervisor/coverage', { minReps: 3 }],
    ]
    for (const [method, path, body] of routes) {
      const asRep = await send(path, rep.token, method, body)
      expect([method, path, asRep.status]).toEqual([method, path, 403])
      expect(await asRep.json()).toHaveProperty('error')
      const anonymous = await send(path, undefined, method, body)
      expect([method, path, anonymous.status]).toEqual([method, path, 401])
    }
  })

  it('counts a real summon → accept → chat → end → rating in today and the scoreboard', async () => {
    const before = await get<TodayReport>('/api/supervisor/today')
    const repRoom = await joinAsStaff(srv, rep)
    quiet(repRoom, 'handoff', 'handoff-ended', 'rating-saved')
    const ready = nextMessage(repRoom, 'requests')
    repRoom.send('status', { state: 'available' })
    await ready
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Vera' })
    quiet(visitor, 'handoff', 'handoff-ended', 'rating-saved')

    const queued = nextMessage<{ requestId: string }>(visitor, 'queue')
    visitor.send('summon', { stationId: 'arm' })
    const { requestId } = await queued
    const handoff = nextMessage<{ handoffId: string }>(visitor, 'handoff')
    repRoom.send('accept', { requestId })
    const { handoffId } = await handoff
    const line = nextMessage(visitor, 'chat')
    repRoom.send('chat', { text: 'Hello Vera, I am Riley.', to: visitor.sessionId })
    await line
    const ended = nextMessage(visitor, 'handoff-ended')
    repRoom.send('end-handoff', { handoffId, outcome: 'answered' })
    await ended
    const rated = nextMessage(visitor, 'rating-saved')
    visitor.send('rate', { handoffId, score: 4 })
    await rated

    const today = await until<TodayReport>(
      '/api/supervisor/today',
      (t) => t.numbers.visitors > before.numbers.visitors,
    )
    expect(today.day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(today.targetMs).toBe(60_000)
    const n = today.numbers
    expect(n.visitors).toBe(before.numbers.visitors + 1)
    expect(n.summons).toBe(before.numbers.summons + 1)
    expect(n.answered).toBe(before.numbers.answered + 1)
    expect(n.answeredWithinTarget).toBe(before.numbers.answeredWithinTarget + 1)
    expect(n.answeredWithinTargetRate).toBe(1)
    expect(n.ratings).toBe(before.numbers.ratings + 1)
    expect(n.satisfactionAvg).toBe(4)
    expect(n.waitP50Ms).toBeGreaterThanOrEqual(0)
    expect(n.firstResponseP50Ms).toBeGreaterThanOrEqual(0)
    expect(today.hourly.length).toBeGreaterThanOrEqual(1)
    expect(today.hourly.reduce((sum, h) => sum + h.summons, 0)).toBe(n.summons)

    const { reps } = await until<{ reps: ScoreboardRow[] }>(
      '/api/supervisor/scoreboard',
      (b) => (repRow(b.reps)?.availableMs ?? 0) > 0,
    )
    expect(repRow(reps)).toMatchObject({ name: 'Riley', role: 'rep', handled: 1, ratings: 1 })
    expect(repRow(reps)?.ratingAvg).toBe(4)
    expect(repRow(reps)?.avgWaitMs).toBeGreaterThanOrEqual(0)
    expect(repRow(reps)?.firstResponseP50Ms).toBeGreaterThanOrEqual(0)
    expect(repRow(reps)?.availableMs).toBeGreaterThan(0)
    expect(reps.find((r) => r.staffId === boss.id)).toMatchObject({ handled: 0, ratings: 0 })

    await Promise.all([repRoom.leave(), visitor.leave()])
  })

  it('plans, lists and deletes shifts, refusing bad ones', async () => {
    const { day } = await get<TodayReport>('/api/supervisor/today')
    const post = (body: unknown) => send('/api/supervisor/shifts', boss.token, 'POST', body)
    const good = { staffId: rep.id, day, start: '09:00', end: '17:30' }
    const created = await post(good)
    expect(created.status).toBe(201)
    const { shift } = (await created.json()) as { shift: Shift }
    expect(shift).toEqual({ id: expect.any(String), staffName: 'Riley', ...good })

    const gone = await createStaff(srv, 'rep', 'Gone')
    await srv.running.services.store!.deactivateStaff(gone.id)
    for (const bad of [
      { ...good, end: '09:00' },
      { ...good, end: '08:00' },
      { ...good, day: '2025-02-30' },
      { ...good, start: '9:00' },
      { ...good, end: '24:01' },
      { ...good, staffId: 'nobody' },
      { ...good, staffId: gone.id },
      { ...good, extra: 1 },
    ]) {
      const res = await post(bad)
      expect([bad, res.status]).toEqual([bad, 400])
      expect(await res.json()).toHaveProperty('error')
    }

    const listed = await get<{ day: string; minReps: number; shifts: Shift[] }>(
      `/api/supervisor/shifts?day=${day}`,
    )
    expect(listed).toEqual({ day, minReps: 1, shifts: [shift] })
    expect((await api(srv, '/api/supervisor/shifts?day=tomorrow', boss.token)).status).toBe(400)

    const path = `/api/supervisor/shifts/${shift.id}`
    expect((await api(srv, path, boss.token, 'DELETE')).status).toBe(204)
    expect((await api(srv, path, boss.token, 'DELETE')).status).toBe(404)
    expect((await get<{ shifts: Shift[] }>(`/api/supervisor/shifts?day=${day}`)).shifts).toEqual([])
  })

  it('shows coverage below the minimum and who is scheduled but not available', async () => {
    const { day } = await get<TodayReport>('/api/supervisor/today')
    const put = (body: unknown) => send('/api/supervisor/coverage', boss.token, 'PUT', body)
    for (const bad of [{ minReps: 51 }, { minReps: -1 }, { minReps: 1.5 }, { minReps: '2' }, {}]) {
      expect((await put(bad)).status).toBe(400)
    }
    const set = await put({ minReps: 2 })
    expect(set.status).toBe(200)
    expect(await set.json()).toEqual({ minReps: 2 })

    const allDay = { staffId: rep.id, day, start: '00:00', end: '24:00' }
    expect((await send('/api/supervisor/shifts', boss.token, 'POST', allDay)).status).toBe(201)

    const repRoom = await joinAsStaff(srv, rep)
    quiet(repRoom, 'handoff', 'handoff-ended', 'rating-saved')
    repRoom.send('status', { state: 'available' })
    const on = await until<Coverage>('/api/supervisor/coverage', (c) => c.available.length > 0)
    expect(on).toEqual({
      minReps: 2,
      available: [{ staffId: rep.id, name: 'Riley' }],
      scheduled: [{ staffId: rep.id, name: 'Riley', available: true }],
      belowMinimum: true,
    })

    // Leaving the showroom is recorded as offline: the rep no longer counts.
    await repRoom.leave()
    const off = await until<Coverage>('/api/supervisor/coverage', (c) => c.available.length === 0)
    expect(off).toEqual({
      minReps: 2,
      available: [],
      scheduled: [{ staffId: rep.id, name: 'Riley', available: false }],
      belowMinimum: true,
    })
    const shifts = await get<{ minReps: number }>(`/api/supervisor/shifts?day=${day}`)
    expect(shifts.minReps).toBe(2)
  })
})
