import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage, quiet } from '../support/server'
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
  // A short return window, so the test of a rep who never comes back does not wait 30 s.
  srv = await startCrmServer({ handoff: { answerTargetMs: 2500, repReturnMs: 3000 } })
})
afterAll(async () => {
  await srv.stop()
})

describe('summon → queue → accept → conversation → outcome → rating', () => {
  it('brings a rep beside the visitor and records every step', async () => {
    const rep = await createStaff(srv, 'rep', 'Riley')
    const repRoom = await joinAsStaff(srv, rep)
    quiet(repRoom, 'rep-reconnecting')
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Vera' })
    quiet(visitor, 'rep-reconnecting')
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
    // The same, but only the rep's copy names the visitor's stable id.
    const visitorId = (await srv.running.services.store!.getRequest(q.requestId))!.visitorId
    expect(hr).toEqual({ ...hv, visitorId })
    expect(hv).not.toHaveProperty('visitorId')
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
    quiet(ra, 'rep-reconnecting')
    quiet(rb, 'rep-reconnecting')
    ra.send('status', { state: 'available' })
    rb.send('status', { state: 'available' })
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Walt' })
    quiet(visitor, 'rep-reconnecting')
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
    quiet(visitor, 'rep-reconnecting')
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
    quiet(rep, 'rep-reconnecting')
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
    quiet(visitor, 'rep-reconnecting')
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

/** A rep (available) talking with a visitor; the rep's page is about to reload. */
async function conversation(repName: string, visitorName: string) {
  const rep = await createStaff(srv, 'rep', repName)
  const repRoom = await joinAsStaff(srv, rep)
  quiet(repRoom, 'rep-reconnecting')
  const available = nextMessage<Requests>(repRoom, 'requests')
  repRoom.send('status', { state: 'available' })
  await available
  const visitor = await srv.client().joinOrCreate('showroom', { name: visitorName })
  quiet(visitor, 'rep-reconnecting')
  const queued = nextMessage<Queue>(visitor, 'queue')
  visitor.send('summon', {})
  const { requestId } = await queued
  const toVisitor = nextMessage<Handoff>(visitor, 'handoff')
  repRoom.send('accept', { requestId })
  const { handoffId } = await toVisitor
  return { rep, repRoom, visitor, requestId, handoffId }
}

describe('a rep whose page reloads mid-conversation', () => {
  it('gets the conversation back on the new session, visitor id and all', async () => {
    const { rep, repRoom, visitor, requestId, handoffId } = await conversation('Rhea', 'Vic')
    const reconnecting = nextMessage<{ handoffId: string }>(visitor, 'rep-reconnecting')
    await repRoom.leave() // a reload: the old session leaves for good
    expect(await reconnecting).toEqual({ handoffId })

    const backToVisitor = nextMessage<Handoff>(visitor, 'handoff')
    const reloaded = await joinAsStaff(srv, rep)
    quiet(reloaded, 'rep-reconnecting')
    const back = await nextMessage<Handoff & { visitorId?: string }>(reloaded, 'handoff')
    const { visitorId } = (await srv.running.services.store!.getRequest(requestId))!
    expect(back).toMatchObject({
      handoffId,
      requestId,
      visitorId,
      rep: { sessionId: reloaded.sessionId, name: 'Rhea' },
      visitor: { sessionId: visitor.sessionId, name: 'Vic' },
    })
    expect((await backToVisitor).rep.sessionId).toBe(reloaded.sessionId)

    const line = nextMessage<{ from: string; text: string; private: boolean }>(reloaded, 'chat')
    visitor.send('chat', { text: 'Still there?', to: reloaded.sessionId })
    expect(await line).toMatchObject({
      from: visitor.sessionId,
      text: 'Still there?',
      private: true,
    })

    const row = (await srv.running.services.store!.listHandoffs()).find((h) => h.id === handoffId)
    expect(row).toMatchObject({ status: 'active', repId: rep.id, outcome: null })
    const transcript = await srv.running.services.store!.getTranscript(handoffId)
    expect(transcript.map((t) => [t.from, t.text])).toEqual([['visitor', 'Still there?']])

    const ended = nextMessage<{ outcome: string }>(visitor, 'handoff-ended')
    reloaded.send('end-handoff', { handoffId, outcome: 'answered' })
    expect(await ended).toEqual({ handoffId, outcome: 'answered' })
    await Promise.all([reloaded.leave(), visitor.leave()])
  })

  it('ends it as rep-left when the rep does not come back within the window', async () => {
    const { repRoom, visitor, requestId, handoffId } = await conversation('Ross', 'Wes')
    const reconnecting = nextMessage(visitor, 'rep-reconnecting')
    const ended = nextMessage<{ outcome: string }>(visitor, 'handoff-ended', 8000)
    const offered: { reason: string }[] = []
    visitor.onMessage('offer-message', (m: { reason: string }) => offered.push(m))
    await repRoom.leave()
    await reconnecting
    expect(await ended).toEqual({ handoffId, outcome: 'rep-left' })
    await eventually(() => offered.some((m) => m.reason === 'rep-left'))
    const row = (await srv.running.services.store!.listHandoffs()).find((h) => h.id === handoffId)
    expect(row).toMatchObject({ requestId, status: 'ended', outcome: 'rep-left' })
    await visitor.leave()
  }, 15_000)
})
