/** Kiosk leads are saved once per idempotency key; phone handover codes work once, and expire. */
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signKioskToken, verifyVisitorToken } from '../../server/auth/tokens'
import { startCrmServer, type CrmServer } from '../support/crmServer'

let srv: CrmServer
let kioskToken: string
let visitorToken: string
let visitorId: string
beforeAll(async () => {
  srv = await startCrmServer()
  const { store, secret, identity } = srv.running.services
  const kiosk = await store!.createKiosk({
    name: 'Hall B',
    booth: 'C4',
    createdBy: 'test',
    at: Date.now(),
  })
  kioskToken = await signKioskToken(secret!, kiosk.id, Date.now())
  const visitor = await identity!.visitor(undefined)
  ;({ visitorToken, visitorId } = visitor)
  await store!.upsertVisitor({ id: visitorId, displayName: 'Kim', at: Date.now() })
})
afterAll(async () => {
  await srv.stop()
})

const post = (path: string, body: unknown, token: string | null = kioskToken) =>
  fetch(`${srv.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })

describe('kiosk leads', () => {
  it('need a kiosk token and consent, and are stored once however often they are sent', async () => {
    const lead = {
      id: randomUUID(),
      visitorToken,
      name: 'Kim Lee',
      company: 'Lee Logistics',
      email: 'kim@example.com',
      interests: ['amr', 'drone'],
      consent: true,
    }
    expect((await post('/api/kiosk/leads', lead, null)).status).toBe(401)
    expect((await post('/api/kiosk/leads', lead, 'forged')).status).toBe(401)
    expect((await post('/api/kiosk/leads', { ...lead, consent: false })).status).toBe(400)
    const first = await post('/api/kiosk/leads', lead)
    expect(first.status).toBe(201)
    const again = await post('/api/kiosk/leads', lead)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ id: lead.id, created: false })
    const leads = await srv.running.services.store!.listLeads()
    expect(leads).toEqual([
      expect.objectContaining({
        id: lead.id,
        visitorId,
        name: 'Kim Lee',
        interests: ['amr', 'drone'],
      }),
    ])
    const visitor = await srv.running.services.store!.getVisitor(visitorId)
    expect(visitor).toMatchObject({ email: 'kim@example.com', company: 'Lee Logistics' })
  })
})

describe('continue on your phone', () => {
  it('hands the same visitor over once, with a code that expires', async () => {
    const res = await post('/api/kiosk/handover', { visitorToken })
    expect(res.status).toBe(201)
    const { code, url } = (await res.json()) as { code: string; url: string }
    expect(url).toBe(`/?handover=${code}`)
    const redeemed = await post(`/api/handover/${code}`, {}, null)
    expect(redeemed.status).toBe(200)
    const { visitorToken: phoneToken } = (await redeemed.json()) as { visitorToken: string }
    const claims = await verifyVisitorToken(srv.running.services.secret!, phoneToken, Date.now())
    expect(claims?.visitorId).toBe(visitorId)
    expect((await post(`/api/handover/${code}`, {}, null)).status).toBe(410)

    const stale = 'expired-code-0123456789'
    await srv.running.services.store!.createHandover({
      code: stale,
      visitorId,
      expiresAt: Date.now() - 1,
    })
    expect((await post(`/api/handover/${stale}`, {}, null)).status).toBe(410)
    expect((await post('/api/kiosk/handover', { visitorToken: 'nope' })).status).toBe(400)
  })
})
