import { describe, expect, it } from 'vitest'
import { findVisitorSession } from '../../../server/handoff/workflow'
import { errorCodes, harness, records, recipients, sent } from './harness'

function queueOfThree() {
  const h = harness({ reconnectWindowMs: 30_000 })
  for (const v of ['ann', 'bob', 'cid']) {
    h.summon(v)
    h.advance(1000)
  }
  return h
}

describe('a visitor who drops and comes back', () => {
  it('keeps their place in the queue and hears it again on the new session', () => {
    const h = queueOfThree()
    h.dispatch({ type: 'visitor-left', visitorSessionId: 'bob' })
    h.advance(10_000)
    expect(findVisitorSession(h.state, 'visitor-bob')).toBe('bob')
    const effects = h.dispatch({
      type: 'visitor-rebound',
      oldSessionId: 'bob',
      newSessionId: 'bob-2',
      visitorId: 'visitor-bob',
    })
    expect(sent(effects, 'bob-2', 'queue')).toEqual([
      { requestId: 'req-bob', position: 2, etaSeconds: null },
    ])
    expect(h.state.requests['req-bob'].visitorSessionId).toBe('bob-2')
    expect(records(effects)).toEqual([])
  })

  it('is not sent queue updates while away', () => {
    const h = queueOfThree()
    h.dispatch({ type: 'visitor-left', visitorSessionId: 'cid' })
    const effects = h.dispatch({ type: 'cancel', visitorSessionId: 'ann' })
    expect(recipients(effects, 'queue')).toEqual(['bob'])
  })

  it('loses the place after the reconnection window', () => {
    const h = queueOfThree()
    h.dispatch({ type: 'visitor-left', visitorSessionId: 'ann' })
    h.advance(29_999)
    expect(records(h.dispatch({ type: 'tick' }))).toEqual([])
    h.advance(1)
    const effects = h.dispatch({ type: 'tick' })
    expect(records(effects)).toEqual([
      { type: 'request-cancelled', requestId: 'req-ann', reason: 'visitor-left', at: h.now },
    ])
    expect(sent(effects, 'bob', 'queue')[0].position).toBe(1)
  })

  it('loses the place at once when leaving on purpose', () => {
    const h = queueOfThree()
    const effects = h.dispatch({ type: 'visitor-left', visitorSessionId: 'ann', final: true })
    expect(records(effects)).toMatchObject([{ type: 'request-cancelled', reason: 'visitor-left' }])
  })

  it('cannot take over another visitor’s place', () => {
    const h = queueOfThree()
    const effects = h.dispatch({
      type: 'visitor-rebound',
      oldSessionId: 'ann',
      newSessionId: 'eve',
      visitorId: 'visitor-eve',
    })
    expect(errorCodes(effects, 'eve')).toEqual(['FORBIDDEN'])
    expect(h.state.requests['req-ann'].visitorSessionId).toBe('ann')
  })

  it('keeps their conversation: the rep is placed beside the new session and both are told', () => {
    const h = harness()
    h.rep('r1')
    h.summon('ann')
    h.accept('r1', 'req-ann', 'h1')
    h.dispatch({ type: 'visitor-left', visitorSessionId: 'ann' })
    const effects = h.dispatch({
      type: 'visitor-rebound',
      oldSessionId: 'ann',
      newSessionId: 'ann-2',
      visitorId: 'visitor-ann',
    })
    expect(sent(effects, 'ann-2', 'handoff')[0].visitor).toEqual({
      sessionId: 'ann-2',
      name: 'ann',
    })
    expect(sent(effects, 'r1', 'handoff')[0].visitor.sessionId).toBe('ann-2')
    expect(effects).toContainEqual({ kind: 'place-rep', repSessionId: 'r1', beside: 'ann-2' })
    const end = h.dispatch({ type: 'end', repSessionId: 'r1', handoffId: 'h1', outcome: 'quote' })
    expect(sent(end, 'ann-2', 'handoff-ended')).toHaveLength(1)
  })

  it('ends the conversation and frees the rep when the visitor does not come back', () => {
    const h = harness({ reconnectWindowMs: 30_000 })
    h.rep('r1')
    h.summon('ann')
    h.accept('r1', 'req-ann', 'h1')
    h.dispatch({ type: 'visitor-left', visitorSessionId: 'ann' })
    h.advance(30_000)
    const effects = h.dispatch({ type: 'tick' })
    expect(sent(effects, 'r1', 'handoff-ended')).toEqual([
      { handoffId: 'h1', outcome: 'visitor-left' },
    ])
    expect(recipients(effects, 'handoff-ended')).toEqual(['r1'])
    expect(h.state.reps.r1.state).toBe('available')
  })
})
