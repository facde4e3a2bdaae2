/**
 * Rooms hold a limited number of people, so a rep and the visitor they accept may be in different
 * room instances. On accept the rep is given a seat in the visitor's room (`follow`), moves there,
 * and the conversation carries on with the rep's new session, avatar beside the visitor.
 */
import type { Room } from '@colyseus/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage } from '../support/server'
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

const quiet = (room: Room) => {
  for (const t of [
    'welcome',
    'requests',
    'queue',
    'offer-message',
    'chat',
    'demo-queue',
    'handoff',
  ]) {
    room.onMessage(t, () => undefined)
  }
}

describe('a rep in another room instance', () => {
  it('follows the visitor into their room and talks to them there', async () => {
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Vera' })
    quiet(visitor)
    const told: Handoff[] = []
    visitor.onMessage('handoff', (m: Handoff) => told.push(m))
    const rep = await createStaff(srv, 'rep', 'Riley')
    const repClient = srv.client()
    repClient.auth.token = rep.token
    const first = await repClient.joinOrCreate('showroom', {})
    quiet(first)
    expect(first.roomId).not.toBe(visitor.roomId)

    const available = nextMessage(first, 'requests')
    first.send('status', { state: 'available' })
    await available
    const queued = nextMessage<{ requestId: string }>(visitor, 'queue')
    visitor.send('summon', {})
    const { requestId } = await queued

    const follow = nextMessage<Follow>(first, 'follow')
    first.send('accept', { requestId })
    const { reservation, handoffId } = await follow
    expect(reservation.roomId).toBe(visitor.roomId)

    // What a client does with `follow`: take the seat, then leave the old room.
    const moved = await repClient.consumeSeatReservation(reservation)
    quiet(moved)
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
})
