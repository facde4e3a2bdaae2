import { describe, expect, it } from 'vitest'
import { WALK_OVER_S } from '../../../server/handoff/eta'
import { errorCodes, harness, records, recipients, sent } from './harness'

describe('summoning and the queue', () => {
  it('records the summon before telling the visitor their place', () => {
    const h = harness()
    h.rep('r1')
    const effects = h.summon('ann', { stationId: 'arm', topic: 'payload' })
    const recordAt = effects.findIndex((e) => e.kind === 'record')
    const queueAt = effects.findIndex((e) => e.kind === 'send' && e.type === 'queue')
    expect(recordAt).toBeGreaterThanOrEqual(0)
    expect(recordAt).toBeLessThan(queueAt)
    expect(records(effects)[0]).toMatchObject({
      type: 'request-created',
      requestId: 'req-ann',
      stationId: 'arm',
      topic: 'payload',
      priority: 100,
      at: h.now,
    })
    expect(sent(effects, 'ann', 'queue')).toEqual([
      { requestId: 'req-ann', position: 1, etaSeconds: WALK_OVER_S },
    ])
  })

  it('answers a second summon while waiting with the same place, not a new request', () => {
    const h = harness()
    h.rep('r1')
    h.summon('ann')
    const again = h.summon('ann', { requestId: 'another-id' })
    expect(records(again)).toEqual([])
    expect(sent(again, 'ann', 'queue')).toEqual([
      { requestId: 'req-ann', position: 1, etaSeconds: WALK_OVER_S },
    ])
    expect(Object.keys(h.state.requests)).toEqual(['req-ann'])
  })

  it('offers a message alongside the queue when no rep is available', () => {
    const h = harness()
    const effects = h.summon('ann')
    expect(sent(effects, 'ann', 'queue')).toEqual([
      { requestId: 'req-ann', position: 1, etaSeconds: null },
    ])
    expect(sent(effects, 'ann', 'offer-message')).toEqual([
      { requestId: 'req-ann', reason: 'no-rep-available' },
    ])
  })

  it('offers a message up front when the expected wait is past the answer target', () => {
    const h = harness({}, [10 * 60_000])
    h.rep('r1')
    h.rep('r2')
    h.summon('ann')
    h.accept('r1', 'req-ann')
    expect(sent(h.summon('cid'), 'cid', 'offer-message')).toEqual([]) // r2 is free for cid
    const effects = h.summon('dee') // waits for a conversation of about 10 minutes to end
    expect(sent(effects, 'dee', 'offer-message')).toEqual([
      { requestId: 'req-dee', reason: 'long-wait' },
    ])
  })

  it('updates the positions of everyone behind a cancelled request, and only theirs', () => {
    const h = harness()
    for (const v of ['ann', 'bob', 'cid', 'dee']) {
      h.summon(v)
      h.advance(1000)
    }
    const effects = h.dispatch({ type: 'cancel', visitorSessionId: 'bob' })
    expect(records(effects)).toMatchObject([{ type: 'request-cancelled', requestId: 'req-bob' }])
    expect(sent(effects, 'bob', 'summon-cancelled')).toEqual([{ requestId: 'req-bob' }])
    expect(recipients(effects, 'queue')).toEqual(['cid', 'dee'])
    expect(sent(effects, 'cid', 'queue')[0].position).toBe(2)
    expect(sent(effects, 'dee', 'queue')[0].position).toBe(3)
  })

  it('tells waiting visitors their new wait when a rep becomes available', () => {
    const h = harness()
    h.summon('ann')
    const effects = h.rep('r1')
    expect(sent(effects, 'ann', 'queue')).toEqual([
      { requestId: 'req-ann', position: 1, etaSeconds: WALK_OVER_S },
    ])
  })

  it('shows staff the open requests, best first, in the contract shape', () => {
    const h = harness()
    h.summon('ann')
    h.advance(2000)
    const effects = h.summon('kim', { channel: 'kiosk', stationId: 'drone' })
    const broadcast = effects.find((e) => e.kind === 'broadcast-staff')
    expect(broadcast).toEqual({
      kind: 'broadcast-staff',
      type: 'requests',
      payload: {
        requests: [
          {
            requestId: 'req-kim',
            visitorName: 'kim',
            channel: 'kiosk',
            stationId: 'drone',
            waitingMs: 0,
            priority: 130,
          },
          {
            requestId: 'req-ann',
            visitorName: 'ann',
            channel: 'web',
            stationId: null,
            waitingMs: 2000,
            priority: 102,
          },
        ],
      },
    })
  })

  it('sends a rep who becomes available the current requests', () => {
    const h = harness()
    h.summon('ann')
    const effects = h.rep('r1')
    expect(sent(effects, 'r1', 'requests')[0].requests.map((r) => r.requestId)).toEqual(['req-ann'])
  })

  it('turns a request nobody accepted within the answer target into missed and offers a message', () => {
    const h = harness({ answerTargetMs: 60_000 })
    h.rep('r1')
    h.summon('ann')
    h.advance(60_000)
    expect(records(h.dispatch({ type: 'tick' }))).toEqual([]) // exactly at the target: still waiting
    h.advance(1)
    const effects = h.dispatch({ type: 'tick' })
    expect(records(effects)).toEqual([{ type: 'request-missed', requestId: 'req-ann', at: h.now }])
    expect(sent(effects, 'ann', 'offer-message')).toEqual([
      { requestId: 'req-ann', reason: 'missed' },
    ])
    expect(h.state.requests).toEqual({})
    expect(effects).toContainEqual({
      kind: 'broadcast-staff',
      type: 'requests',
      payload: { requests: [] },
    })
  })

  it('refuses to cancel when nothing is waiting', () => {
    const h = harness()
    expect(errorCodes(h.dispatch({ type: 'cancel', visitorSessionId: 'ann' }), 'ann')).toEqual([
      'NOT_FOUND',
    ])
  })

  it('refuses a summon without a name', () => {
    const h = harness()
    expect(errorCodes(h.summon('ann', { visitorName: '  ' }), 'ann')).toEqual(['INVALID'])
    expect(h.state.requests).toEqual({})
  })

  it('never changes the state it was given', () => {
    const h = harness()
    h.summon('ann')
    const before = structuredClone(h.state)
    const frozen = h.state
    h.summon('bob')
    h.dispatch({ type: 'cancel', visitorSessionId: 'ann' })
    expect(frozen).toEqual(before)
  })
})
