/**
 * Staff see who is waiting, not just a name: `requests` carries the visitor's id and session,
 * whether they came before, a one-line history from the CRM and where they stand right now.
 */
import { SPAWN_POINTS } from '../../shared/showroom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage, quiet } from '../support/server'
import { createStaff, joinAsStaff } from '../support/staff'

interface Entry {
  requestId: string
  visitorName: string
  channel: string
  stationId: string | null
  waitingMs: number
  priority: number
  visitorId?: string
  visitorSessionId?: string
  returning?: boolean
  history?: string
  where?: string
}
type Requests = { requests: Entry[] }

/** Generous: under a loaded CI machine a summon's commit and history read can take seconds. */
const WAIT_MS = 15_000

/** The next `requests` message that satisfies `ok` (earlier ones, e.g. periodic updates, are skipped). */
function requestsWhere(
  room: { onMessage(type: string, cb: (msg: Requests) => void): () => void },
  ok: (list: Entry[]) => boolean,
): Promise<Requests> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching "requests" message')), WAIT_MS)
    const off = room.onMessage('requests', (msg) => {
      if (!ok(msg.requests)) return
      clearTimeout(timer)
      off()
      resolve(msg)
    })
  })
}

const DAY_MS = 86_400_000
let srv: CrmServer
beforeAll(async () => {
  srv = await startCrmServer()
})
afterAll(async () => {
  await srv.stop()
})

/** A visitor who came twice before, drove the Atlas-6 demo and rated a rep 5. */
async function returningVisitor(repId: string): Promise<{ visitorId: string; token: string }> {
  const { identity, store } = srv.running.services
  const { visitorId, visitorToken } = await identity!.visitor(undefined)
  const t0 = Date.now() - 10 * DAY_MS
  await store!.upsertVisitor({ id: visitorId, displayName: 'Rosa', at: t0 })
  const visit = (n: number) => ({
    type: 'visit-start' as const,
    id: `${visitorId}-${n}`,
    visitorId,
    channel: 'web' as const,
    device: 'desktop',
    at: t0 + n * DAY_MS,
  })
  await store!.writeObservations([
    visit(0),
    {
      type: 'dwell',
      visitId: `${visitorId}-0`,
      visitorId,
      stationId: 'arm',
      enteredAt: t0 + 1000,
      dwellMs: 90_000,
      tries: 3,
    },
    { type: 'visit-end', id: `${visitorId}-0`, at: t0 + 600_000 },
    visit(1),
    { type: 'visit-end', id: `${visitorId}-1`, at: t0 + DAY_MS + 600_000 },
  ])
  const ask = { visitorId, visitorName: 'Rosa', channel: 'web' as const, priority: 0 }
  const past = await store!.createRequest({ ...ask, returning: false, at: t0 + 5000 })
  await store!.acceptRequest(past.requestId, repId, t0 + 15_000)
  await store!.endHandoff(past.id, 'answered', null, t0 + 200_000)
  await store!.rateHandoff(past.id, 5, null, t0 + 210_000)
  // The browser kept its token: the server recognises it by the signature, not by the id.
  return { visitorId, token: visitorToken }
}

describe('requests, as staff receive them', () => {
  it(
    'carry a returning visitor with their history, session and whereabouts',
    { timeout: 90_000 },
    async () => {
      const rep = await createStaff(srv, 'rep', 'Remy')
      const rosa = await returningVisitor(rep.id)
      const repRoom = await joinAsStaff(srv, rep)
      quiet(repRoom)
      const available = nextMessage<Requests>(repRoom, 'requests', WAIT_MS)
      repRoom.send('status', { state: 'available' })
      await available

      const visitor = await srv.client().joinOrCreate('showroom', {
        name: 'Rosa',
        visitorToken: rosa.token,
      })
      quiet(visitor)
      const newcomer = await srv.client().joinOrCreate('showroom', { name: 'Nico' })
      quiet(newcomer)
      await eventually(() => repRoom.state.avatars?.get(visitor.sessionId) !== undefined, WAIT_MS)

      const offered = requestsWhere(repRoom, (list) => list.length === 1)
      visitor.send('summon', { stationId: 'drone' })
      const [entry] = (await offered).requests
      expect(entry).toEqual({
        requestId: expect.any(String),
        visitorName: 'Rosa',
        channel: 'web',
        stationId: 'drone',
        waitingMs: expect.any(Number),
        priority: expect.any(Number),
        visitorId: rosa.visitorId,
        visitorSessionId: visitor.sessionId,
        returning: true,
        history: '3rd visit · tried Atlas-6 · 1 handoff, rated 5',
        // Newcomers appear just inside the entrance, whatever station they asked about.
        where: 'in the lobby',
      })

      const both = requestsWhere(repRoom, (list) => list.length === 2)
      newcomer.send('summon', {})
      const list = (await both).requests
      expect(list).toHaveLength(2)
      expect(list.find((r) => r.visitorName === 'Nico')).toMatchObject({
        visitorSessionId: newcomer.sessionId,
        returning: false,
        history: 'first visit',
        where: 'in the lobby',
      })

      // Nobody new, but Rosa walks to the desk: staff hear where she is now.
      const walked = requestsWhere(repRoom, (list) =>
        list.some((r) => r.visitorName === 'Rosa' && r.where === 'at reception'),
      )
      // Walk there in short steps, as a person would: one jump of 1.7 m is refused as a teleport.
      const from = SPAWN_POINTS[0] // Rosa joined first
      for (let i = 1; i <= 5; i++) {
        const t = i / 5
        const x = from.x + (-1 - from.x) * t
        const z = from.z + (9.6 - from.z) * t
        visitor.send('move', { x, z, ry: Math.PI })
        await new Promise((r) => setTimeout(r, 300))
      }
      const rosaNow = (await walked).requests.find((r) => r.visitorName === 'Rosa')
      expect(rosaNow).toMatchObject({ where: 'at reception', history: entry.history })

      // A rep who joins later gets the same facts in the `requests` sent on joining.
      const late = await createStaff(srv, 'rep', 'Lou')
      const lateClient = srv.client()
      lateClient.auth.token = late.token
      const lateRoom = await lateClient.joinOrCreate('showroom', {})
      quiet(lateRoom)
      const onJoin = await nextMessage<Requests>(lateRoom, 'requests', WAIT_MS)
      expect(onJoin.requests.find((r) => r.visitorName === 'Rosa')).toMatchObject({
        visitorId: rosa.visitorId,
        history: '3rd visit · tried Atlas-6 · 1 handoff, rated 5',
      })

      // Nothing of it is in the public room state.
      const avatar = JSON.stringify(newcomer.state.avatars.get(visitor.sessionId))
      expect(avatar).not.toContain(rosa.visitorId)
      await Promise.all([visitor.leave(), newcomer.leave(), repRoom.leave(), lateRoom.leave()])
    },
  )
})
