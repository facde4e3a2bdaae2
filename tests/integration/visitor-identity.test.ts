import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STATIONS } from '../../shared/showroom'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage } from '../support/server'

type Welcome = { visitorId?: string; visitorToken?: string; role: string }

let srv: CrmServer
beforeAll(async () => {
  srv = await startCrmServer()
})
afterAll(async () => {
  await srv.stop()
})

async function join(options: Record<string, unknown>) {
  const client = srv.client()
  const room = await client.joinOrCreate('showroom', options)
  // welcome is sent right after join; the SDK buffers nothing, so listen before awaiting state.
  const welcome = await Promise.race([
    nextMessage<Welcome>(room, 'welcome'),
    new Promise<Welcome>((resolve) => room.onMessage('welcome', resolve)),
  ])
  return { room, welcome }
}

describe('visitor identity', () => {
  it('issues a signed token and recognises the same browser when it returns', async () => {
    const first = await join({ name: 'Dana' })
    expect(first.welcome.role).toBe('visitor')
    expect(first.welcome.visitorId).toMatch(/[0-9a-f-]{36}/)
    expect(first.welcome.visitorToken).toBeTruthy()
    await first.room.leave()

    const again = await join({ name: 'Dana', visitorToken: first.welcome.visitorToken })
    expect(again.welcome.visitorId).toBe(first.welcome.visitorId)
    const visitor = await srv.running.services.store!.getVisitor(first.welcome.visitorId!)
    expect(visitor?.returning).toBe(true)
    await again.room.leave()
  })

  it('never trusts a bare or forged token: it gets a new identity', async () => {
    const known = await join({ name: 'Eli' })
    await known.room.leave()
    const forged = await join({ name: 'Mallory', visitorToken: known.welcome.visitorId })
    expect(forged.welcome.visitorId).not.toBe(known.welcome.visitorId)
    await forged.room.leave()
  })

  it('keeps tokens and visitor ids out of the public room state', async () => {
    const { room } = await join({ name: 'Fay' })
    await eventually(() => room.state.avatars?.size > 0)
    const json = JSON.stringify(room.state.toJSON())
    expect(json).not.toMatch(/visitorId|visitorToken|[0-9a-f]{8}-[0-9a-f]{4}-/)
    await room.leave()
  })
})

describe('visits in the CRM', () => {
  it('records a visit with its station dwell once the visitor leaves', async () => {
    const { room, welcome } = await join({ name: 'Gus' })
    await eventually(() => room.state.avatars?.get(room.sessionId) !== undefined)
    const me = () => room.state.avatars.get(room.sessionId)!
    const target = STATIONS.find((s) => s.id === 'cobot')!.viewpoint
    for (let i = 0; i < 200; i++) {
      const dx = target.x - me().x
      const dz = target.z - me().z
      const d = Math.hypot(dx, dz)
      if (d < 0.3) break
      const step = Math.min(d, 0.25)
      room.send('move', { x: me().x + (dx / d) * step, z: me().z + (dz / d) * step, ry: 0 })
      await new Promise((r) => setTimeout(r, 60))
    }
    await new Promise((r) => setTimeout(r, 200))
    await room.leave()
    await eventually(() => true)
    await new Promise((r) => setTimeout(r, 100))
    await srv.running.services.records!.flush()
    const visits = await srv.running.services.store!.listVisits()
    const mine = visits.find((v) => v.visitorId === welcome.visitorId)!
    expect(mine.channel).toBe('web')
    expect(mine.endedAt).not.toBeNull()
    expect(mine.stations.find((s) => s.stationId === 'cobot')?.dwellMs).toBeGreaterThan(0)
  }, 30_000)
})
