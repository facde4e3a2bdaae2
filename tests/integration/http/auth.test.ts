import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signVisitorToken } from '../../../server/auth'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { addStaff, api, login, PASSWORD, tokenFor } from './helpers'

let srv: CrmServer
beforeAll(async () => {
  srv = await startCrmServer()
  await addStaff(srv, 'rita@stormpeak.example', 'rep', 'Rita')
  await addStaff(srv, 'gone@stormpeak.example', 'rep', 'Gone')
})
afterAll(async () => {
  await srv.stop()
})

describe('staff login', () => {
  it('answers a right password with a token and the public staff record', async () => {
    const res = await login(srv, { email: 'Rita@StormPeak.example', password: PASSWORD })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(Object.keys(body).sort()).toEqual(['staff', 'token'])
    expect(body.staff).toEqual({ id: expect.any(String), name: 'Rita', role: 'rep' })
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|scrypt|rita@/i)

    const handoffs = await api(srv, '/api/crm/handoffs', body.token)
    expect(handoffs.status).toBe(200)
    const me = await api(srv, '/api/auth/me', body.token)
    expect(await me.json()).toEqual({ staff: body.staff })
  })

  it('gives the same 401 for a wrong password and for an unknown email', async () => {
    const wrong = await login(srv, { email: 'rita@stormpeak.example', password: 'nope' })
    const unknown = await login(srv, { email: 'nobody@stormpeak.example', password: 'nope' })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    const [a, b] = [await wrong.json(), await unknown.json()]
    expect(a).toEqual(b)
    expect(a.error).toEqual(expect.any(String))
  })

  it('refuses a malformed body with 400 and a JSON error', async () => {
    for (const body of [{ email: 'rita@stormpeak.example' }, { email: 1, password: 2 }, [], null]) {
      const res = await login(srv, body)
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({ error: expect.any(String) })
    }
    const broken = await login(srv, '{"email": ', true)
    expect(broken.status).toBe(400)
    expect(await broken.json()).toEqual({ error: expect.any(String) })
  })

  it('refuses a deactivated account at login and its tokens already issued', async () => {
    const token = await tokenFor(srv, 'gone@stormpeak.example')
    expect((await api(srv, '/api/auth/me', token)).status).toBe(200)
    const account = await srv.running.services.store!.getStaffByEmail('gone@stormpeak.example')
    await srv.running.services.store!.deactivateStaff(account!.id)

    expect((await api(srv, '/api/auth/me', token)).status).toBe(401)
    expect((await api(srv, '/api/crm/handoffs', token)).status).toBe(401)
    const again = await login(srv, { email: 'gone@stormpeak.example', password: PASSWORD })
    expect(again.status).toBe(401)
  })
})

describe('staff token', () => {
  it('is required: no token, garbage or a visitor token all get 401', async () => {
    const secret = srv.running.services.secret!
    const visitorToken = await signVisitorToken(secret, 'visitor-1', Date.now())
    for (const token of [undefined, 'garbage', 'a.b.c', visitorToken]) {
      const res = await api(srv, '/api/crm/handoffs', token)
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual({ error: expect.any(String) })
    }
    const basic = await fetch(`${srv.url}/api/auth/me`, {
      headers: { authorization: 'Basic eA==' },
    })
    expect(basic.status).toBe(401)
  })
})
