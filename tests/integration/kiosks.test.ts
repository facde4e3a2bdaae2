/**
 * Kiosk registration: a supervisor creates a kiosk and gets its URL with a kiosk token; the kiosk
 * joins as role `kiosk` (a new visitor each time); without a valid token, or once revoked, the
 * join is refused; reps cannot manage kiosks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage } from '../support/server'
import { addStaff, api, tokenFor } from './http/helpers'

let srv: CrmServer
let supervisor: string
let rep: string
beforeAll(async () => {
  srv = await startCrmServer()
  await addStaff(srv, 'sam@stormpeak.test', 'supervisor', 'Sam')
  await addStaff(srv, 'rob@stormpeak.test', 'rep', 'Rob')
  supervisor = await tokenFor(srv, 'sam@stormpeak.test')
  rep = await tokenFor(srv, 'rob@stormpeak.test')
})
afterAll(async () => {
  await srv.stop()
})

const create = (token: string | undefined, body: unknown) =>
  fetch(`${srv.url}/api/kiosks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })

type Created = { kiosk: { id: string; name: string; booth: string }; token: string; url: string }

describe('kiosks', () => {
  it('are managed by supervisors only', async () => {
    expect((await create(undefined, { name: 'Hall A', booth: 'B12' })).status).toBe(401)
    expect((await create(rep, { name: 'Hall A', booth: 'B12' })).status).toBe(403)
    expect((await api(srv, '/api/kiosks', rep)).status).toBe(403)
    expect((await api(srv, '/api/kiosks/x', rep, 'DELETE')).status).toBe(403)
    expect((await create(supervisor, { name: '' })).status).toBe(400)
  })

  it('join with their token as a kiosk, and are refused once revoked', async () => {
    const res = await create(supervisor, { name: 'Hall A screen', booth: 'B12' })
    expect(res.status).toBe(201)
    const { kiosk, token, url } = (await res.json()) as Created
    expect(url).toBe(`/kiosk?token=${encodeURIComponent(token)}`)

    const room = await srv
      .client()
      .joinOrCreate('showroom', { channel: 'kiosk', kioskToken: token })
    room.onMessage('*', () => undefined)
    await eventually(() => room.state.avatars?.get(room.sessionId)?.role === 'kiosk')
    expect(room.state.avatars.get(room.sessionId)?.name).toBe('Guest at B12')
    await room.leave()

    await expect(
      srv.client().joinOrCreate('showroom', { channel: 'kiosk', kioskToken: 'forged' }),
    ).rejects.toThrow(/not registered/)
    await expect(srv.client().joinOrCreate('showroom', { channel: 'kiosk' })).rejects.toThrow(
      /not registered/,
    )

    const listed = (await (await api(srv, '/api/kiosks', supervisor)).json()) as {
      kiosks: { id: string; revokedAt: string | null }[]
    }
    expect(listed.kiosks).toEqual([expect.objectContaining({ id: kiosk.id, revokedAt: null })])
    expect((await api(srv, `/api/kiosks/${kiosk.id}`, supervisor, 'DELETE')).status).toBe(204)
    expect((await api(srv, `/api/kiosks/${kiosk.id}`, supervisor, 'DELETE')).status).toBe(404)
    await expect(
      srv.client().joinOrCreate('showroom', { channel: 'kiosk', kioskToken: token }),
    ).rejects.toThrow(/not registered/)
  })

  it('summons with channel kiosk', async () => {
    const { token } = (await (
      await create(supervisor, { name: 'Door', booth: 'A1' })
    ).json()) as Created
    const room = await srv
      .client()
      .joinOrCreate('showroom', { channel: 'kiosk', kioskToken: token })
    room.onMessage('*', () => undefined)
    const queued = nextMessage<{ requestId: string }>(room, 'queue')
    room.send('summon', {})
    const { requestId } = await queued
    const request = await srv.running.services.store!.getRequest(requestId)
    expect(request).toMatchObject({ channel: 'kiosk', status: 'waiting' })
    await room.leave()
  })
})
