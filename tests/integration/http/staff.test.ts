/**
 * Staff accounts managed by a supervisor over HTTP: listed without hashes, created with the
 * CLI's rules, deactivated (at once: tokens already issued and seats already taken stop working)
 * and given a new password. Every route here is for supervisors only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { eventually, nextMessage } from '../../support/server'
import { addStaff, api, login, PASSWORD, tokenFor } from './helpers'

interface Member {
  id: string
  email: string
  name: string
  role: string
  active: boolean
  createdAt: string
}

let srv: CrmServer
let supervisor: string
let supervisorId: string
let rep: string
beforeAll(async () => {
  srv = await startCrmServer()
  supervisorId = (await addStaff(srv, 'sam@stormpeak.test', 'supervisor', 'Sam')).id
  await addStaff(srv, 'rey@stormpeak.test', 'rep', 'Rey')
  supervisor = await tokenFor(srv, 'sam@stormpeak.test')
  rep = await tokenFor(srv, 'rey@stormpeak.test')
})
afterAll(async () => {
  await srv.stop()
})

const post = (path: string, body?: unknown, token = supervisor) =>
  fetch(`${srv.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

async function listStaff(): Promise<Member[]> {
  const res = await api(srv, '/api/staff', supervisor)
  expect(res.status).toBe(200)
  return ((await res.json()) as { staff: Member[] }).staff
}

const NEW_PASSWORD = 'another long password'
const newRep = (email: string, over: Record<string, unknown> = {}) => ({
  email,
  name: 'Nia',
  role: 'rep',
  password: NEW_PASSWORD,
  ...over,
})

describe('/api/staff', () => {
  it('is for supervisors only: 401 without a valid token, 403 for a rep on every route', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/staff'],
      ['POST', '/api/staff'],
      ['POST', `/api/staff/${supervisorId}/deactivate`],
      ['POST', `/api/staff/${supervisorId}/password`],
      ['GET', '/api/crm/handoffs.csv'],
      ['GET', '/api/crm/leads.csv'],
      ['PUT', '/api/content/stations/arm'],
    ]
    for (const [method, path] of routes) {
      expect((await api(srv, path, undefined, method)).status, `${method} ${path}`).toBe(401)
      expect((await api(srv, path, 'forged', method)).status, `${method} ${path}`).toBe(401)
      expect((await api(srv, path, rep, method)).status, `${method} ${path}`).toBe(403)
    }
    expect((await listStaff()).find((s) => s.id === supervisorId)?.active).toBe(true)
  })

  it('lists accounts without password hashes', async () => {
    const res = await api(srv, '/api/staff', supervisor)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { staff } = (await res.json()) as { staff: Member[] }
    expect(staff.map((s) => s.email).sort()).toEqual(['rey@stormpeak.test', 'sam@stormpeak.test'])
    expect(Object.keys(staff[0]).sort()).toEqual(
      ['active', 'createdAt', 'email', 'id', 'name', 'role'].sort(),
    )
    expect(JSON.stringify(staff)).not.toMatch(/scrypt|hash|password/i)
  })

  it('creates an account that can sign in, and refuses the same email twice (409)', async () => {
    const res = await post('/api/staff', newRep(' Nia@StormPeak.test '))
    expect(res.status).toBe(201)
    const { staff } = (await res.json()) as { staff: Member }
    expect(staff).toEqual({
      id: expect.any(String),
      email: 'nia@stormpeak.test',
      name: 'Nia',
      role: 'rep',
      active: true,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    })
    const signedIn = await login(srv, { email: 'nia@stormpeak.test', password: NEW_PASSWORD })
    expect(signedIn.status).toBe(200)

    expect((await post('/api/staff', newRep('NIA@stormpeak.test'))).status).toBe(409)
    expect((await listStaff()).filter((s) => s.email === 'nia@stormpeak.test')).toHaveLength(1)
  })

  it.each([
    ['a password shorter than the CLI allows', newRep('a@x.test', { password: '1234567' })],
    ['a password of spaces', newRep('b@x.test', { password: '   x    ' })],
    ['a role that does not exist', newRep('c@x.test', { role: 'admin' })],
    ['no name', newRep('d@x.test', { name: ' ' })],
    ['an email without @', newRep('e.x.test')],
    ['an unknown key', newRep('f@x.test', { active: false })],
  ])('refuses %s (400)', async (_what, body) => {
    const res = await post('/api/staff', body)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toMatch(/8 characters/)
  })

  it('sets a new password: the new one signs in, the old one does not', async () => {
    await addStaff(srv, 'pat@stormpeak.test', 'rep', 'Pat')
    const pat = (await listStaff()).find((s) => s.email === 'pat@stormpeak.test')!
    expect((await post(`/api/staff/${pat.id}/password`, { password: 'short' })).status).toBe(400)
    const res = await post(`/api/staff/${pat.id}/password`, { password: NEW_PASSWORD })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { staff: Member }).staff.id).toBe(pat.id)
    expect((await login(srv, { email: 'pat@stormpeak.test', password: PASSWORD })).status).toBe(401)
    const fresh = await login(srv, { email: 'pat@stormpeak.test', password: NEW_PASSWORD })
    expect(fresh.status).toBe(200)
    expect((await post('/api/staff/nobody/password', { password: NEW_PASSWORD })).status).toBe(404)
  })

  it('deactivates at once: the token already issued gets 401 and the seat in the room is closed', async () => {
    await addStaff(srv, 'gil@stormpeak.test', 'rep', 'Gil')
    const gil = (await listStaff()).find((s) => s.email === 'gil@stormpeak.test')!
    const token = await tokenFor(srv, 'gil@stormpeak.test')
    const client = srv.client()
    client.auth.token = token
    const room = await client.joinOrCreate('showroom', {})
    room.onMessage('*', () => undefined)
    const told = nextMessage<{ code: string }>(room, 'error')
    let closedWith: number | undefined
    room.onLeave((code) => (closedWith = code))

    const res = await post(`/api/staff/${gil.id}/deactivate`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { staff: Member }).staff.active).toBe(false)
    expect((await told).code).toBe('FORBIDDEN')
    await eventually(() => closedWith !== undefined, 5000, 'the seat to close')
    expect(closedWith).toBe(4000) // consented: the SDK does not reconnect
    expect((await api(srv, '/api/auth/me', token)).status).toBe(401)
    await expect(client.joinOrCreate('showroom', {})).rejects.toThrow()
    expect((await login(srv, { email: 'gil@stormpeak.test', password: PASSWORD })).status).toBe(401)
  })

  it('ends the conversation of a rep deactivated mid-conversation at once: they cannot come back', async () => {
    await addStaff(srv, 'ida@stormpeak.test', 'rep', 'Ida')
    const ida = (await listStaff()).find((s) => s.email === 'ida@stormpeak.test')!
    const client = srv.client()
    client.auth.token = await tokenFor(srv, 'ida@stormpeak.test')
    const repRoom = await client.joinOrCreate('showroom', {})
    repRoom.onMessage('*', () => undefined)
    const available = nextMessage(repRoom, 'requests')
    repRoom.send('status', { state: 'available' })
    await available
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Una' })
    visitor.onMessage('*', () => undefined)
    const queued = nextMessage<{ requestId: string }>(visitor, 'queue')
    visitor.send('summon', {})
    const { requestId } = await queued
    const handoff = nextMessage(visitor, 'handoff')
    repRoom.send('accept', { requestId })
    await handoff

    const heard: string[] = []
    visitor.onMessage('*', (type) => heard.push(String(type)))
    const ended = nextMessage<{ outcome: string }>(visitor, 'handoff-ended', 2000)
    expect((await post(`/api/staff/${ida.id}/deactivate`)).status).toBe(200)
    expect(await ended).toMatchObject({ outcome: 'rep-left' }) // well within the return window
    expect(heard).not.toContain('rep-reconnecting')
    await visitor.leave()
  })

  it('refuses to deactivate yourself (400) or an unknown account (404)', async () => {
    expect((await post(`/api/staff/${supervisorId}/deactivate`)).status).toBe(400)
    expect((await post('/api/staff/00000000-0000-0000-0000-000000000000/deactivate')).status).toBe(
      404,
    )
    expect((await post('/api/staff/not%20an%20id/deactivate')).status).toBe(404)
    expect((await api(srv, '/api/staff', supervisor)).status).toBe(200)
  })
})
