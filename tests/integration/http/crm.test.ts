import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { addStaff, api, ISO, tokenFor } from './helpers'

const T0 = Date.parse('2025-03-04T09:00:00.000Z')
let srv: CrmServer
let rep: string
let boss: string

/** A visitor who left contact details, visited a station and asked for a rep twice. */
async function seedVisitor(id: string) {
  const store = srv.running.services.store!
  await store.upsertVisitor({ id, displayName: 'Vera Visitor', at: T0 })
  await store.saveContact(id, { email: 'vera@example.com', phone: '+44 1234', consentAt: T0 })
  const visit = await store.startVisit({ visitorId: id, channel: 'web', device: 'desktop', at: T0 })
  await store.recordDwell({
    visitId: visit.id,
    visitorId: id,
    stationId: 'cobot',
    enteredAt: T0 + 1000,
    dwellMs: 4000,
    tries: 1,
  })
  await store.endVisit(visit.id, T0 + 60_000)
  const ask = { visitorId: id, visitorName: 'Vera Visitor', channel: 'web' as const }
  const first = await store.createRequest({ ...ask, returning: false, priority: 0, at: T0 + 2000 })
  const second = await store.createRequest({
    ...ask,
    topic: 'Vera wants a quote',
    returning: false,
    priority: 0,
    at: T0 + 5000,
  })
  return { visit, first, second }
}

beforeAll(async () => {
  srv = await startCrmServer()
  await addStaff(srv, 'rob@stormpeak.example', 'rep', 'Rob')
  await addStaff(srv, 'sue@stormpeak.example', 'supervisor', 'Sue')
  rep = await tokenFor(srv, 'rob@stormpeak.example')
  boss = await tokenFor(srv, 'sue@stormpeak.example')
})
afterAll(async () => {
  await srv.stop()
})

describe('GET /api/crm/handoffs and /api/crm/visits', () => {
  it('lists handoffs newest first in exactly the contract shape', async () => {
    const { first, second } = await seedVisitor('visitor-list')
    const res = await api(srv, '/api/crm/handoffs', rep)
    expect(res.status).toBe(200)
    const { handoffs, ...rest } = await res.json()
    expect(rest).toEqual({})
    const mine = handoffs.filter((h: { visitorId: string }) => h.visitorId === 'visitor-list')
    expect(mine.map((h: { id: string }) => h.id)).toEqual([second.id, first.id])
    expect(mine[0]).toEqual({
      id: second.id,
      requestId: second.requestId,
      visitorId: 'visitor-list',
      repId: null,
      status: 'waiting',
      requestedAt: '2025-03-04T09:00:05.000Z',
      acceptedAt: null,
      endedAt: null,
      outcome: null,
      rating: null,
    })
    const limited = await (await api(srv, '/api/crm/handoffs?limit=1', rep)).json()
    expect(limited.handoffs).toHaveLength(1)
  })

  it('lists visits with their station dwell in exactly the contract shape', async () => {
    const { visit } = await seedVisitor('visitor-visits')
    const res = await api(srv, '/api/crm/visits', rep)
    expect(res.status).toBe(200)
    const { visits, ...rest } = await res.json()
    expect(rest).toEqual({})
    expect(visits.find((v: { id: string }) => v.id === visit.id)).toEqual({
      id: visit.id,
      visitorId: 'visitor-visits',
      channel: 'web',
      startedAt: '2025-03-04T09:00:00.000Z',
      endedAt: '2025-03-04T09:01:00.000Z',
      stations: [{ stationId: 'cobot', dwellMs: 4000 }],
    })
    for (const v of visits) expect(v.startedAt).toMatch(ISO)
  })

  it('answers a malformed limit with 400 and a JSON error', async () => {
    for (const path of ['/api/crm/handoffs?limit=0', '/api/crm/visits?limit=abc']) {
      const res = await api(srv, path, rep)
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({ error: expect.any(String) })
    }
  })
})

describe('export and erase', () => {
  it('are for supervisors: a rep gets 403', async () => {
    await seedVisitor('visitor-rep')
    expect((await api(srv, '/api/crm/visitors/visitor-rep/export', rep)).status).toBe(403)
    const erase = await api(srv, '/api/crm/visitors/visitor-rep', rep, 'DELETE')
    expect(erase.status).toBe(403)
    expect(await erase.json()).toEqual({ error: expect.any(String) })
    expect((await api(srv, '/api/crm/visitors/visitor-rep/export')).status).toBe(401)
  })

  it('exports everything held, then erases the personal data and keeps the counts', async () => {
    const { visit, first } = await seedVisitor('visitor-erase')
    const res = await api(srv, '/api/crm/visitors/visitor-erase/export', boss)
    expect(res.status).toBe(200)
    const data = await res.json()
    expect(data.visitor).toMatchObject({ displayName: 'Vera Visitor', email: 'vera@example.com' })
    expect(data.visits.map((v: { id: string }) => v.id)).toEqual([visit.id])
    expect(data.stationDwells).toHaveLength(1)
    expect(data.handoffs.map((h: { id: string }) => h.id)).toContain(first.id)
    expect(data.exportedAt).toMatch(ISO)

    const erase = await api(srv, '/api/crm/visitors/visitor-erase', boss, 'DELETE')
    expect(erase.status).toBe(204)
    expect(await erase.text()).toBe('')
    const after = await (await api(srv, '/api/crm/visitors/visitor-erase/export', boss)).json()
    expect(JSON.stringify(after)).not.toMatch(/Vera|vera@example\.com|\+44 1234|quote/)
    expect(after.visits).toHaveLength(1)
    expect(after.handoffs).toHaveLength(2)
  })

  it('answers an unknown visitor with 404 and a malformed id with 400', async () => {
    const exp = await api(srv, '/api/crm/visitors/no-such-visitor/export', boss)
    expect(exp.status).toBe(404)
    expect(await exp.json()).toEqual({ error: expect.any(String) })
    expect((await api(srv, '/api/crm/visitors/no-such-visitor', boss, 'DELETE')).status).toBe(404)

    const tooLong = 'a'.repeat(65)
    for (const id of ['bad_id!', 'x%20y', tooLong]) {
      const bad = await api(srv, `/api/crm/visitors/${id}/export`, boss)
      expect(bad.status).toBe(400)
      expect(await bad.json()).toEqual({ error: expect.any(String) })
      const del = await api(srv, `/api/crm/visitors/${id}`, boss, 'DELETE')
      expect(del.status).toBe(400)
      expect(await del.json()).toEqual({ error: expect.any(String) })
    }
  })
})
