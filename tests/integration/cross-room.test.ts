/**
 * Rooms hold a limited number of people, so a rep and the visitor they accept may be in different
 * room instances. On accept the rep is given a seat in the visitor's room (`follow`), moves there,
 * and the conversation carries on with the rep's new session, avatar beside the visitor.
 */
import type { Room } from '@colyseus/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage, quiet } from '../support/server'
import { createStaff } from '../support/staff'

type Handoff = { handoffId: string; rep: { sessionId: string; name: string } }
type Follow = {
  reservation: Parameters<ReturnType<CrmServer['client']>['consumeSeatReservation']>[0]
  handoffId: string
}

let srv: CrmServer
beforeAll(async () => {
  // One person per room: the visitor fills the first instance, the rep opens a second.
  srv = await startCrmServer({ maxClientsPerRoom: 1 })
})
afterAll(async () => {
  await srv.stop()
})

/** The rep becomes available and accepts the visitor's summon: the server answers `follow`. */
async function acceptFromAnotherRoom(rep: Room, visitor: Room): Promise<Follow> {
  const available = nextMessage(rep, 'requests')
  rep.send('status', { state: 'available' })
  await available
  const queued = nextMessage<{ requestId: string }>(visitor, 'queue')
  visitor.send('summon', {})
  const { requestId } = await queued
  const follow = nextMessage<Follow>(rep, 'follow')
  rep.send('accept', { requestId })
  return follow
}

describe('a rep in another room instance', () => {
  it('follows the visitor into their room and talks to them there', async () => {
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Vera' })
    quiet(visitor, 'handoff')
    const told: Handoff[] = []
    visitor.onMessage('handoff', (m: Handoff) => told.push(m))
    const rep = await createStaff(srv, 'rep', 'Riley')
    const repClient = srv.client()
    repClient.auth.token = rep.token
    const first = await repClient.joinOrCreate('showroom', {})
    quiet(first, 'handoff')
    expect(first.roomId).not.toBe(visitor.roomId)

    const { reservation, handoffId } = await acceptFromAnotherRoom(first, visitor)
    expect(reservation.roomId).toBe(visitor.roomId)

    // What a client does with `follow`: take the seat, then leave the old room.
    const moved = await repClient.consumeSeatReservation(reservation)
    quiet(moved, 'handoff')
    await first.leave()
    // The visitor hears of the rep twice: on accept, then with the rep's session in this room.
    await eventually(() => told.some((m) => m.rep.sessionId === moved.sessionId))
    expect(told.at(-1)).toMatchObject({
      handoffId,
      rep: { sessionId: moved.sessionId, name: 'Riley' },
    })

    await eventually(() => {
      const r = visitor.state.avatars.get(moved.sessionId)
      const v = visitor.state.avatars.get(visitor.sessionId)!
      return !!r && r.role === 'rep' && Math.hypot(r.x - v.x, r.z - v.z) < 2
    })

    const line = nextMessage<{ text: string; private: boolean }>(visitor, 'chat')
    moved.send('chat', { text: 'Hello from your room.', to: visitor.sessionId })
    expect(await line).toMatchObject({ text: 'Hello from your room.', private: true })
    const heard: { text: string; private: boolean }[] = []
    moved.onMessage('chat', (m: { text: string; private: boolean }) => heard.push(m))
    visitor.send('chat', { text: 'Thanks!', to: moved.sessionId })
    await eventually(() => heard.some((m) => m.text === 'Thanks!' && m.private))

    const ended = nextMessage<{ outcome: string }>(visitor, 'handoff-ended')
    moved.send('end-handoff', { handoffId, outcome: 'answered' })
    expect(await ended).toMatchObject({ outcome: 'answered' })
    const [row] = await srv.running.services.store!.listHandoffs()
    expect(row).toMatchObject({ status: 'ended', outcome: 'answered', repId: rep.id })
    await moved.leave()
    await visitor.leave()
  })

  it('finds the visitor again after a page reload that lands in another room instance', async () => {
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Vita' })
    quiet(visitor, 'handoff')
    const rep = await createStaff(srv, 'rep', 'Rowan')
    const join = () => {
      const c = srv.client()
      c.auth.token = rep.token
      return c
    }
    const firstClient = join()
    const first = await firstClient.joinOrCreate('showroom', {})
    quiet(first, 'handoff')
    const { reservation } = await acceptFromAnotherRoom(first, visitor)
    const moved = await firstClient.consumeSeatReservation(reservation)
    quiet(moved, 'handoff')
    await first.leave()
    await eventually(() => visitor.state.avatars.get(moved.sessionId) !== undefined)

    // The reload: the session beside the visitor leaves, a new one opens a room of its own.
    const reconnecting = nextMessage<{ handoffId: string }>(visitor, 'rep-reconnecting')
    await moved.leave()
    const { handoffId } = await reconnecting
    const againClient = join()
    const again = await againClient.joinOrCreate('showroom', {})
    quiet(again, 'handoff')
    expect(again.roomId).not.toBe(visitor.roomId)
    const back = await againClient.consumeSeatReservation(
      (await nextMessage<Follow>(again, 'follow')).reservation,
    )
    const toRep = nextMessage<Handoff & { visitorId?: string }>(back, 'handoff')
    quiet(back, 'handoff')
    await again.leave()
    expect(await toRep).toMatchObject({ handoffId, rep: { sessionId: back.sessionId } })

    const heard: { text: string }[] = []
    back.onMessage('chat', (m: { text: string }) => heard.push(m))
    visitor.send('chat', { text: 'Welcome back', to: back.sessionId })
    await eventually(() => heard.some((m) => m.text === 'Welcome back'))
    const row = (await srv.running.services.store!.listHandoffs()).find((h) => h.id === handoffId)
    expect(row).toMatchObject({ status: 'active', repId: rep.id })
    expect((await toRep).visitorId).toBe(row!.visitorId)
    await back.leave()
    await visitor.leave()
  })
})
