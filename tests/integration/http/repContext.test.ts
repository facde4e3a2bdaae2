/** The rep's view of a visitor over HTTP: the profile, and leads taken in a conversation. */
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VisitorProfile } from '../../../shared/staffApi'
import { signKioskToken } from '../../../server/auth/tokens'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { addStaff, api, tokenFor } from './helpers'

const T0 = Date.parse('2025-03-04T09:00:00.000Z')
let srv: CrmServer
let rep: string
let repId: string
let boss: string

/** Two earlier visits (Atlas-6 tried twice, Kestrel once), one conversation rated 5, one missed. */
async function seedReturning(id: string) {
  const store = srv.running.services.store!
  await store.upsertVisitor({ id, displayName: 'Rita', at: T0 })
  await store.upsertVisitor({ id, displayName: 'Rita', at: T0 + 86_400_000 })
  const visit = (n: number) => ({
    type: 'visit-start' as const,
    id: `${id}-v${n}`,
    visitorId: id,
    channel: 'web' as const,
    device: 'desktop',
    at: T0 + n * 86_400_000,
  })
  const dwell = (n: number, stationId: string, dwellMs: number, tries: number) => ({
    type: 'dwell' as const,
    visitId: `${id}-v${n}`,
    visitorId: id,
    stationId,
    enteredAt: T0 + n * 86_400_000 + 1000,
    dwellMs,
    tries,
  })
  await store.writeObservations([
    visit(0),
    dwell(0, 'arm', 60_000, 2),
    dwell(0, 'cobot', 5_000, 0),
    { type: 'visit-end', id: `${id}-v0`, at: T0 + 600_000 },
    visit(1),
    dwell(1, 'drone', 30_000, 1),
    { type: 'visit-end', id: `${id}-v1`, at: T0 + 86_400_000 + 600_000 },
  ])
  const ask = { visitorId: id, visitorName: 'Rita', channel: 'web' as const, priority: 0 }
  const talked = await store.createRequest({ ...ask, returning: false, at: T0 + 10_000 })
  await store.acceptRequest(talked.requestId, repId, T0 + 20_000)
  await store.endHandoff(talked.id, 'answered', 'wants a quote', T0 + 120_000)
  await store.rateHandoff(talked.id, 5, null, T0 + 130_000)
  const missed = await store.createRequest({ ...ask, returning: true, at: T0 + 86_400_000 })
  await store.markMissed(missed.requestId, T0 + 86_460_000)
  return { talked, missed }
}

const postLead = (body: unknown, token: string | null = rep) =>
  fetch(`${srv.url}/api/crm/leads`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  srv = await startCrmServer()
  repId = (await addStaff(srv, 'rob@stormpeak.example', 'rep', 'Rob')).id
  await addStaff(srv, 'sue@stormpeak.example', 'supervisor', 'Sue')
  rep = await tokenFor(srv, 'rob@stormpeak.example')
  boss = await tokenFor(srv, 'sue@stormpeak.example')
})
afterAll(async () => {
  await srv.stop()
})

describe('GET /api/crm/visitors/:visitorId/profile', () => {
  it('tells a rep how often the visitor came, what they tried and how earlier talks went', async () => {
    const { talked, missed } = await seedReturning('rita-1')
    const res = await api(srv, '/api/crm/visitors/rita-1/profile', rep)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const profile = (await res.json()) as VisitorProfile
    expect(profile).toEqual({
      visitor: {
        id: 'rita-1',
        displayName: 'Rita',
        returning: true,
        firstSeenAt: '2025-03-04T09:00:00.000Z',
        lastSeenAt: '2025-03-05T09:00:00.000Z',
        contact: null,
      },
      visits: 2,
      stations: [
        { stationId: 'arm', dwellMs: 60_000, tries: 2 },
        { stationId: 'drone', dwellMs: 30_000, tries: 1 },
        { stationId: 'cobot', dwellMs: 5_000, tries: 0 },
      ],
      handoffs: [
        expect.objectContaining({ id: missed.id, status: 'missed', repName: null, rating: null }),
        expect.objectContaining({
          id: talked.id,
          status: 'ended',
          repName: 'Rob',
          outcome: 'answered',
          rating: 5,
          requestedAt: '2025-03-04T09:00:10.000Z',
        }),
      ],
      summary: '2nd visit · tried Atlas-6, Kestrel · 1 handoff, rated 5, 1 missed',
    })
  })

  it('answers supervisors too, 401 without a staff token, 404 for nobody, 400 for a bad id', async () => {
    await srv.running.services.store!.upsertVisitor({ id: 'sam-1', displayName: 'Sam', at: T0 })
    expect((await api(srv, '/api/crm/visitors/sam-1/profile', boss)).status).toBe(200)
    expect((await api(srv, '/api/crm/visitors/sam-1/profile')).status).toBe(401)
    expect((await api(srv, '/api/crm/visitors/sam-1/profile', 'forged')).status).toBe(401)
    const none = await api(srv, '/api/crm/visitors/nobody/profile', rep)
    expect(none.status).toBe(404)
    expect(await none.json()).toEqual({ error: expect.any(String) })
    expect((await api(srv, '/api/crm/visitors/bad%20id/profile', rep)).status).toBe(400)
  })
})

describe('POST /api/crm/leads', () => {
  const leadFor = (visitorId: string) => ({
    id: randomUUID(),
    visitorId,
    name: 'Lena Park',
    company: 'Park Robotics',
    email: 'lena@example.com',
    interests: ['arm', 'drone'],
    consent: true as const,
  })

  it('stores a lead once per id, as the visitor contact, taken by the rep', async () => {
    const store = srv.running.services.store!
    await store.upsertVisitor({ id: 'lena-1', displayName: 'Lena', at: T0 })
    const lead = leadFor('lena-1')
    const first = await postLead(lead)
    expect(first.status).toBe(201)
    expect(await first.json()).toEqual({ id: lead.id, created: true })
    const again = await postLead({ ...lead, name: 'Changed' })
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ id: lead.id, created: false })
    const saved = (await store.listLeads()).filter((l) => l.visitorId === 'lena-1')
    expect(saved).toEqual([
      expect.objectContaining({ id: lead.id, name: 'Lena Park', takenBy: repId, kioskId: null }),
    ])
    // The contact now shows in the profile, because the visitor consented.
    const profile = (await (
      await api(srv, '/api/crm/visitors/lena-1/profile', rep)
    ).json()) as VisitorProfile
    expect(profile.visitor.contact).toEqual({
      email: 'lena@example.com',
      phone: null,
      company: 'Park Robotics',
    })
  })

  it('needs consent and an email or phone, and refuses unknown visitors', async () => {
    await srv.running.services.store!.upsertVisitor({ id: 'otto-1', displayName: 'Otto', at: T0 })
    const lead = leadFor('otto-1')
    const noConsent = await postLead({ ...lead, consent: false })
    expect(noConsent.status).toBe(400)
    expect(await noConsent.json()).toEqual({ error: expect.stringMatching(/Invalid lead/) })
    const { email: _email, ...noContact } = lead
    expect((await postLead(noContact)).status).toBe(400)
    expect((await postLead({ ...lead, extra: 1 })).status).toBe(400)
    expect((await postLead({ ...lead, id: 'not-a-uuid' })).status).toBe(400)
    expect((await postLead(leadFor('nobody'))).status).toBe(404)
    expect(await srv.running.services.store!.getVisitor('otto-1')).toMatchObject({ consent: false })
  })

  it('needs a staff token: none, forged or a kiosk token is 401; a supervisor may', async () => {
    const { store, secret } = srv.running.services
    await store!.upsertVisitor({ id: 'ines-1', displayName: 'Ines', at: T0 })
    const kiosk = await store!.createKiosk({ name: 'K', booth: 'B1', createdBy: 't', at: T0 })
    const kioskToken = await signKioskToken(secret!, kiosk.id, Date.now())
    const lead = { ...leadFor('ines-1'), phone: '+44 20 7946 0000' }
    expect((await postLead(lead, null)).status).toBe(401)
    expect((await postLead(lead, 'forged')).status).toBe(401)
    expect((await postLead(lead, kioskToken)).status).toBe(401)
    expect((await postLead(lead, boss)).status).toBe(201)
  })
})
