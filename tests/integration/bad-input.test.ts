import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually, nextMessage, startServer, type RunningServer } from '../support/server'

let srv: RunningServer
beforeAll(async () => {
  srv = await startServer()
})
afterAll(async () => {
  await srv.stop()
})

type ErrorMsg = { code: string; message: string }

describe('invalid moves', () => {
  it('answers each bad move with an error, changes nothing, and keeps serving', async () => {
    const eve = await srv.client().joinOrCreate('showroom', { name: 'Eve' })
    await eventually(() => eve.state.avatars?.get(eve.sessionId) !== undefined)
    const me = () => eve.state.avatars.get(eve.sessionId)!
    const start = { x: me().x, z: me().z }

    const bad: [unknown, string][] = [
      [{ x: 'a', z: 0, ry: 0 }, 'INVALID'],
      [{ x: NaN, z: 0, ry: 0 }, 'INVALID'],
      [{ x: 1, z: 2 }, 'INVALID'],
      [{ x: 1, z: 2, ry: 0, admin: true }, 'INVALID'],
      [null, 'INVALID'],
      [{ x: start.x + 15, z: start.z, ry: 0 }, 'TELEPORT'],
    ]
    for (const [payload, code] of bad) {
      const answer = nextMessage<ErrorMsg>(eve, 'error')
      eve.send('move', payload)
      const err = await answer
      expect(err.code).toBe(code)
      expect(err.message.length).toBeGreaterThan(0)
    }
    const unknown = nextMessage<ErrorMsg>(eve, 'error')
    eve.send('fly-away', { x: 1 })
    expect((await unknown).code).toBe('UNKNOWN_TYPE')

    expect(me().x).toBeCloseTo(start.x, 2)
    expect(me().z).toBeCloseTo(start.z, 2)

    // Still serving: a good move goes through and a newcomer can join.
    eve.send('move', { x: start.x + 0.2, z: start.z - 0.2, ry: 0 })
    await eventually(() => Math.abs(me().x - (start.x + 0.2)) < 0.01, 3000, 'the good move')
    const res = await fetch(`${srv.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok' })
    const late = await srv.client().joinOrCreate('showroom', { name: 'Late' })
    expect(late.roomId).toBe(eve.roomId)
    await Promise.all([eve.leave(), late.leave()])
  })

  it('refuses a visitor join without a name, with a reason', async () => {
    await expect(srv.client().joinOrCreate('showroom', {})).rejects.toThrow(/name/)
  })

  it('refuses a kiosk join without a valid kiosk token', async () => {
    await expect(
      srv.client().joinOrCreate('showroom', { name: 'K', channel: 'kiosk', kioskToken: 'nope' }),
    ).rejects.toThrow(/kiosk/i)
  })

  it('rate-limits a chat flood with a clear message', async () => {
    const chatty = await srv.client().joinOrCreate('showroom', { name: 'Chatty' })
    chatty.onMessage('chat', () => undefined)
    const limited = nextMessage<ErrorMsg>(chatty, 'error')
    for (let i = 0; i < 10; i++) chatty.send('chat', { text: `line ${i}` })
    const err = await limited
    expect(err.code).toBe('RATE_LIMITED')
    await chatty.leave()
  })
})
