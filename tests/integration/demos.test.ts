import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ShowroomRecorder } from '../../server/showroom/recorder'
import { STATIONS } from '../../shared/showroom'
import { eventually, nextMessage, startServer, type RunningServer } from '../support/server'

type Recorded = { kind: string; [k: string]: unknown }
const recorded: Recorded[] = []
const recorder: ShowroomRecorder = {
  visitStarted: (v) => recorded.push({ kind: 'start', ...v }),
  stationVisit: (v) => recorded.push({ kind: 'station', ...v }),
  visitEnded: (v) => recorded.push({ kind: 'end', ...v }),
}
const identity = {
  verifyStaff: async () => null,
  visitor: async (token?: string) => ({
    visitorId: token ? token.replace('tok-', '') : `v-${recorded.length}-${Math.random()}`,
    visitorToken: token ?? 'tok-new',
    returning: !!token,
  }),
  verifyKiosk: async () => null,
}

let srv: RunningServer
beforeAll(async () => {
  srv = await startServer({ recorder, identity })
})
afterAll(async () => {
  await srv.stop()
})

describe('robot demos are room state', () => {
  it('shows everyone who drives, queues the next visitor, and hands over on stop', async () => {
    const ann = await srv.client().joinOrCreate('showroom', { name: 'Ann' })
    const bob = await srv.client().joinOrCreate('showroom', { name: 'Bob' })
    ann.onMessage('demo-queue', () => undefined)
    ann.send('try', { stationId: 'arm', mode: 'sort' })
    await eventually(() => bob.state.stations?.get('arm')?.running === true)
    expect(bob.state.stations.get('arm')).toMatchObject({ driver: 'Ann', mode: 'sort' })

    const place = nextMessage<{ stationId: string; position: number }>(bob, 'demo-queue')
    bob.send('try', { stationId: 'arm' })
    expect(await place).toEqual({ stationId: 'arm', position: 1 })
    await eventually(() => ann.state.stations.get('arm')!.waiting === 1)

    const turn = nextMessage<{ position: number }>(bob, 'demo-queue')
    ann.send('stop-demo', { stationId: 'arm' })
    expect((await turn).position).toBe(0)
    await eventually(() => ann.state.stations.get('arm')!.driver === 'Bob')

    const bad = nextMessage<{ code: string }>(bob, 'error')
    bob.send('try', { stationId: 'arm', mode: 'moonwalk' })
    expect((await bad).code).toBe('INVALID')
    await Promise.all([ann.leave(), bob.leave()])
  })
})

describe('robot demo commands are rate-limited', () => {
  it('asks a visitor who hammers Try it to wait, in words, and keeps them connected', async () => {
    const flo = await srv.client().joinOrCreate('showroom', { name: 'Flo' })
    flo.onMessage('demo-queue', () => undefined)
    const refused = nextMessage<{ code: string; type: string; message: string }>(flo, 'error')
    for (let i = 0; i < 8; i++) flo.send('try', { stationId: 'drone', mode: 'scan' })
    const err = await refused
    expect(err).toMatchObject({ code: 'RATE_LIMITED', type: 'try' })
    expect(err.message).toMatch(/try again in a couple of seconds/)
    // The presses that got through drove the demo; the connection is still served.
    await eventually(() => flo.state.stations?.get('drone')?.driver === 'Flo')
    const stopped = nextMessage<{ position: number }>(flo, 'demo-queue')
    await new Promise((r) => setTimeout(r, 2100)) // one token back at 0.5 per second
    flo.send('stop-demo', { stationId: 'drone' })
    expect((await stopped).position).toBe(0)
    await flo.leave()
  })
})

describe('station visits reach the recorder', () => {
  it('records the visit, the dwell at a station with its tries, and the end', async () => {
    const cy = await srv.client().joinOrCreate('showroom', { name: 'Cy' })
    await eventually(() => cy.state.avatars?.get(cy.sessionId) !== undefined)
    const me = () => cy.state.avatars.get(cy.sessionId)!
    const cobot = STATIONS.find((s) => s.id === 'cobot')!
    // Walk there in legal steps.
    for (let i = 0; i < 200; i++) {
      const dx = cobot.viewpoint.x - me().x
      const dz = cobot.viewpoint.z - me().z
      const d = Math.hypot(dx, dz)
      if (d < 0.3) break
      const step = Math.min(d, 0.25)
      cy.send('move', { x: me().x + (dx / d) * step, z: me().z + (dz / d) * step, ry: 0 })
      await new Promise((r) => setTimeout(r, 60))
    }
    cy.onMessage('demo-queue', () => undefined)
    cy.send('try', { stationId: 'cobot' })
    await new Promise((r) => setTimeout(r, 100))
    const sessionId = cy.sessionId
    await cy.leave()
    const start = recorded.find((r) => r.kind === 'start' && r.sessionId === sessionId)!
    await eventually(
      () => recorded.some((r) => r.kind === 'end' && r.visitId === start.visitId),
      5000,
      'the visit end',
    )
    expect(start).toMatchObject({ channel: 'web' })
    const station = recorded.find((r) => r.kind === 'station' && r.stationId === 'cobot')!
    expect(station).toMatchObject({ visitId: start.visitId, visitorId: start.visitorId, tries: 1 })
    expect(station.dwellMs as number).toBeGreaterThan(0)
  }, 30_000)
})

describe('a visitor arriving mid-turn', () => {
  it('gets the turn start on the server clock, and the server time to place it by', async () => {
    const before = Date.now()
    const ann = await srv.client().joinOrCreate('showroom', { name: 'Ann' })
    ann.onMessage('demo-queue', () => undefined)
    ann.send('try', { stationId: 'quadruped', mode: 'trot' })
    await eventually(() => ann.state.stations?.get('quadruped')?.running === true)
    const startedAt = ann.state.stations.get('quadruped')!.startedAt
    // The room clock ticks every ~16 ms: the start is at most a tick older than the request.
    expect(startedAt).toBeGreaterThanOrEqual(before - 50)
    expect(startedAt).toBeLessThanOrEqual(Date.now())

    await new Promise((r) => setTimeout(r, 400))
    const dan = await srv.client().joinOrCreate('showroom', { name: 'Dan' })
    const welcome = await nextMessage<{ serverTime: number }>(dan, 'welcome')
    await eventually(() => dan.state.stations?.get('quadruped')?.running === true)
    expect(dan.state.stations.get('quadruped')).toMatchObject({ startedAt, turnMs: 30_000 })
    // Dan can tell he arrived some 0.4 s into the turn, whatever his own clock says.
    expect(welcome.serverTime - startedAt).toBeGreaterThanOrEqual(350)
    expect(Math.abs(welcome.serverTime - Date.now())).toBeLessThan(1000)

    ann.send('stop-demo', { stationId: 'quadruped' })
    await eventually(() => dan.state.stations.get('quadruped')!.running === false)
    expect(dan.state.stations.get('quadruped')!.startedAt).toBe(0)
    await Promise.all([ann.leave(), dan.leave()])
  })

  it('ends a turn after the length the server is configured with', async () => {
    const short = await startServer({ recorder, identity, demoTurnMs: 800 })
    try {
      const eve = await short.client().joinOrCreate('showroom', { name: 'Eve' })
      eve.onMessage('demo-queue', () => undefined)
      eve.send('try', { stationId: 'amr' })
      await eventually(() => eve.state.stations?.get('amr')?.running === true)
      expect(eve.state.stations.get('amr')!.turnMs).toBe(800)
      await eventually(() => eve.state.stations.get('amr')!.running === false, 5000, 'turn end')
      await eve.leave()
    } finally {
      await short.stop()
    }
  })
})
