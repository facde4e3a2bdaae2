import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage } from '../support/server'
import { createStaff, joinAsStaff } from '../support/staff'

type Queue = { requestId: string; position: number; etaSeconds: number | null }
type Requests = { requests: { requestId: string; visitorName: string; channel: string }[] }
type Handoff = {
  handoffId: string
  requestId: string
  rep: { sessionId: string; name: string }
  visitor: { sessionId: string; name: string }
}
type ErrorMsg = { code: string; message: string }

let srv: CrmServer
beforeAll(async () => {
  srv = await startCrmServer({ handoff: { answerTargetMs: 2500 } })
})
afterAll(async () => {
  await srv.stop()
})

const quiet = (room: { onMessage: (t: string, cb: () => void) => void }) => {
  for (const t of ['welcome', 'requests', 'queue', 'offer-message', 'chat', 'demo-queue']) {
    room.onMessage(t, () => undefined)
  }
}

describe('summon → queue → accept → conversation → outcome → rating', () => {
  it('brings a rep beside the visitor and records every step', async () => {
    const rep = await createStaff(srv, 'rep', 'Riley')
    const repRoom = await joinAsStaff(srv, rep)
    quiet(repRoom)
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Vera' })
    quiet(visitor)
    await eventually(() => repRoom.state.avatars?.get(repRoom.sessionId)?.role === 'rep')

    const available = nextMessage<Requests>(repRoom, 'requests')
    repRoom.send('status', { state: 'available' })
    await available

    const queued = nextMessage<Queue>(visitor, 'queue')
    const offered = nextMessage<Requests>(repRoom, 'requests')
    visitor.send('summon', { stationId: 'arm', topic: 'payload question' })
    const q = await queued
    expect(q).toMatchObject({ position: 1 })
    // Acknowledged means saved: the request is already in the CRM.
    const saved = await srv.running.services.store!.getRequest(q.requestId)
    expect(saved?.status).toBe('waiting')
    const offer = await offered
    expect(offer.requests).toEqual([
      expect.objectContaining({ requestId: q.requestId, visitorName: 'Vera', channel: 'web' }),
    ])

    const toVisitor = nextMessage<Handoff>(visitor, 'handoff')
    const toRep = nextMessage<Handoff>(repRoom, 'handoff')
    repRoom.send('accept', { requestId: q.requestId })
    const [hv, hr] = await Promise.all([toVisitor, toRep])
    expect(hv).toEqual(hr)
    expect(hv.rep).toEqual({ sessionId: repRoom.sessionId, name: 'Riley' })
    expect(hv.visitor).toEqual({ sessionId: visitor.sessionId, name: 'Vera' })

    // The rep's avatar now stands beside the visitor, facing them.
    await eventually(() => {
      const r = visitor.state.avatars.get(repRoom.sessionId)!
      const v = visitor.state.avatars.get(visitor.sessionId)!
      return Math.hypot(r.x - v.x, r.z - v.z) < 2
    })

    const line = nextMessage<{ text: string; private: boolean }>(visitor, 'chat')
    repRoom.send('chat', { text: 'Hello Vera, I am Riley.', to: visitor.sessionId })
    expect(await line).toMatchObject({ text: 'Hello Vera, I am Riley.', private: true })

    const endedV = nextMessage<{ handoffId: string; outcome: string }>(visitor, 'handoff-ended')
    repRoom.send('end-handoff', { handoffId: hv.handoffId, outcome: 'answered', notes: 'wants 2' })
    expect(await endedV).toEqual({ handoffId: hv.handoffId, outcome: 'answered' })

    const thanks = nextMessage<{ handoffId: string; score: number }>(visitor, 'rating-saved')
    visitor.send('rate', { handoffId: hv.handoffId, score: 5, comment: 'Quick and kind' })
    expect(await thanks).toEqual({ handoffId: hv.handoffId, score: 5 })

    const handoffs = await srv.running.services.store!.listHandoffs()
    const row = handoffs.find((h) => h.requestId === q.requestId)!
    expect(row).toMatchObject({
      id: hv.handoffId,
      repId: rep.id,
      status: 'ended',
      outcome: 'answered',
      rating: 5,
    })
    expect(row.acceptedAt).toBeTruthy()
    const transcript = await srv.running.services.store!.getTranscript(hv.handoffId)
    expect(transcript.map((t) => [t.from, t.text])).toEqual([['rep', 'Hello Vera, I am Riley.']])
    await Promise.all([repRoom.leave(), visitor.leave()])
  })

  it('gives a request to exactly one of two reps accepting at once', async () => {
    const [a, b] = await Promise.all([createStaff(srv, 'rep'), createStaff(srv, 'rep')])
    const [ra, rb] = await Promise.all([joinAsStaff(srv, a), joinAsStaff(srv, b)])
    quiet(ra)
    quiet(rb)
    ra.send('status', { state: 'available' })
    rb.send('status', { state: 'available' })
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Walt' })
    quiet(visitor)
    const queued = nextMessage<Queue>(visitor, 'queue')
    visitor.send('summon', {})
    const { requestId } = await queued

    const outcome = (room: typeof ra) =>
      Promise.race([
        nextMessage<Handoff>(room, 'handoff').then(() => 'won'),
        nextMessage<ErrorMsg>(room, 'error').then((e) => e.code),
      ])
    const results = Promise.all([outcome(ra), outcome(rb)])
    ra.send('accept', { requestId })
    rb.send('accept', { requestId })
    expect((await results).sort()).toEqual(['CONFLICT', 'won'])
    await Promise.all([ra.leave(), rb.leave(), visitor.leave()])
  })

  it('refuses staff actions from a visitor and a rating from someone else', async () => {
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Xan' })
    quiet(visitor)
    for (const [type, payload] of [
      ['accept', { requestId: 'r1' }],
      ['status', { state: 'available' }],
      ['end-handoff', { handoffId: 'h1', outcome: 'answered' }],
    ] as const) {
      const err = nextMessage<ErrorMsg>(visitor, 'error')
      visitor.send(type, payload)
      expect((await err).code).toBe('FORBIDDEN')
    }
    const rep = await joinAsStaff(srv, await createStaff(srv, 'rep'))
    quiet(rep)
    const err = nextMessage<ErrorMsg>(rep, 'error')
    rep.send('summon', {})
    expect((await err).code).toBe('FORBIDDEN')
    const rateErr = nextMessage<ErrorMsg>(visitor, 'error')
    visitor.send('rate', { handoffId: 'h-not-yours', score: 4 })
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await rateErr).code)
    await Promise.all([visitor.leave(), rep.leave()])
  })

  it('turns an unanswered request into missed and takes a call-back request instead', async () => {
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Yara' })
    quiet(visitor)
    const queued = nextMessage<Queue>(visitor, 'queue')
    visitor.send('summon', {})
    const { requestId } = await queued
    const missed = await new Promise<{ reason: string }>((resolve) =>
      visitor.onMessage('offer-message', (m: { reason: string }) => {
        if (m.reason === 'missed') resolve(m)
      }),
    )
    expect(missed.reason).toBe('missed')
    await eventually(() => true)
    const row = await srv.running.services.store!.getRequest(requestId)
    expect(row?.status).toBe('missed')

    const invalid = nextMessage<ErrorMsg>(visitor, 'error')
    visitor.send('leave-message', {
      kind: 'callback',
      name: 'Yara',
      text: 'Call me',
      consent: true,
    })
    expect((await invalid).message).toMatch(/email or a phone/)

    const saved = nextMessage<{ ticketId: string; dueAt: string }>(visitor, 'message-saved')
    visitor.send('leave-message', {
      kind: 'callback',
      name: 'Yara',
      phone: '+41 79 555 01 02',
      text: 'Please call me about Hauler pricing.',
      consent: true,
      requestId,
    })
    const ack = await saved
    const ticket = await srv.running.services.store!.getTicket(ack.ticketId)
    expect(ticket).toMatchObject({ kind: 'callback', phone: '+41 79 555 01 02', status: 'open' })
    expect(Date.parse(ack.dueAt)).toBeGreaterThan(Date.now())
    await visitor.leave()
  }, 20_000)
})
