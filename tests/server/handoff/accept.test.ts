import { describe, expect, it } from 'vitest'
import { errorCodes, harness, records, sent } from './harness'

function waitingWithTwoReps() {
  const h = harness()
  h.rep('r1')
  h.rep('r2')
  h.summon('ann')
  return h
}

describe('accepting a request', () => {
  it('gives the request to exactly one of two reps accepting at once', () => {
    const h = waitingWithTwoReps()
    const first = h.dispatch({
      type: 'accept',
      repSessionId: 'r1',
      requestId: 'req-ann',
      handoffId: 'h1',
    })
    const second = h.dispatch({
      type: 'accept',
      repSessionId: 'r2',
      requestId: 'req-ann',
      handoffId: 'h2',
    })
    expect(first.filter((e) => e.kind === 'claim')).toHaveLength(1)
    expect(second.filter((e) => e.kind === 'claim')).toHaveLength(0)
    expect(errorCodes(second, 'r2')).toEqual(['CONFLICT'])
    const won = h.dispatch({
      type: 'accepted',
      requestId: 'req-ann',
      handoffId: 'h1',
      repSessionId: 'r1',
      repId: 'id-r1',
      repName: 'Rep r1',
    })
    expect(Object.keys(h.state.handoffs)).toEqual(['h1'])
    expect(sent(won, 'r2', 'handoff')).toEqual([])
    const late = h.dispatch({
      type: 'accept',
      repSessionId: 'r2',
      requestId: 'req-ann',
      handoffId: 'h3',
    })
    expect(errorCodes(late, 'r2')).toEqual(['CONFLICT'])
  })

  it('puts the rep beside the visitor and tells both who they are talking to', () => {
    const h = waitingWithTwoReps()
    const effects = h.accept('r1', 'req-ann', 'h1')
    const handoff = {
      handoffId: 'h1',
      requestId: 'req-ann',
      rep: { sessionId: 'r1', name: 'Rep r1' },
      visitor: { sessionId: 'ann', name: 'ann' },
    }
    expect(sent(effects, 'ann', 'handoff')).toEqual([handoff])
    // Only the rep learns the visitor's stable id (the profile card and the lead form need it).
    expect(sent(effects, 'r1', 'handoff')).toEqual([{ ...handoff, visitorId: 'visitor-ann' }])
    expect(effects).toContainEqual({ kind: 'place-rep', repSessionId: 'r1', beside: 'ann' })
    expect(h.state.reps.r1).toMatchObject({ state: 'busy', handoffId: 'h1' })
    expect(records(effects)).toContainEqual({
      type: 'staff-status',
      repId: 'id-r1',
      state: 'busy',
      at: h.now,
    })
    expect(h.state.requests).toEqual({})
  })

  it('does not let a rep hold two handoffs', () => {
    const h = waitingWithTwoReps()
    h.summon('bob')
    h.accept('r1', 'req-ann')
    const effects = h.accept('r1', 'req-bob')
    expect(errorCodes(effects, 'r1')).toEqual(['CONFLICT'])
    expect(effects.some((e) => e.kind === 'claim')).toBe(false)
    expect(h.state.requests['req-bob'].claim).toBeNull()
  })

  it('refuses an accept from a session that is not staff', () => {
    const h = waitingWithTwoReps()
    const effects = h.dispatch({
      type: 'accept',
      repSessionId: 'bob',
      requestId: 'req-ann',
      handoffId: 'h1',
    })
    expect(errorCodes(effects, 'bob')).toEqual(['FORBIDDEN'])
  })

  it('answers NOT_FOUND for a request that is not waiting', () => {
    const h = waitingWithTwoReps()
    expect(errorCodes(h.accept('r1', 'nope'), 'r1')).toEqual(['NOT_FOUND'])
  })

  it('tells the rep who lost in the store, frees them, and keeps the request until the winner is known', () => {
    const h = waitingWithTwoReps()
    h.dispatch({ type: 'accept', repSessionId: 'r1', requestId: 'req-ann', handoffId: 'h1' })
    const lost = h.dispatch({
      type: 'accept-failed',
      requestId: 'req-ann',
      repSessionId: 'r1',
      reason: 'taken',
    })
    expect(errorCodes(lost, 'r1')).toEqual(['CONFLICT'])
    expect(h.state.reps.r1.claiming).toBeNull()
    expect(h.state.requests['req-ann'].claim).toBeNull()
  })

  it('applies an accept decided in another process', () => {
    const h = waitingWithTwoReps()
    h.summon('bob')
    const effects = h.dispatch({
      type: 'accepted',
      requestId: 'req-ann',
      handoffId: 'hx',
      repSessionId: 'far',
      repId: 'id-far',
      repName: 'Far Rep',
    })
    expect(sent(effects, 'ann', 'handoff')[0].rep).toEqual({ sessionId: 'far', name: 'Far Rep' })
    expect(sent(effects, 'bob', 'queue')[0].position).toBe(1)
    const again = h.dispatch({
      type: 'accepted',
      requestId: 'req-ann',
      handoffId: 'hx',
      repSessionId: 'far',
      repId: 'id-far',
      repName: 'Far Rep',
    })
    expect(again).toEqual([])
  })
})

describe('ending a conversation', () => {
  function talking() {
    const h = waitingWithTwoReps()
    h.accept('r1', 'req-ann', 'h1')
    return h
  }

  it('records the outcome, tells both ends and makes the rep available again', () => {
    const h = talking()
    h.advance(4 * 60_000)
    const effects = h.dispatch({
      type: 'end',
      repSessionId: 'r1',
      handoffId: 'h1',
      outcome: 'quote',
      notes: 'wants 3',
    })
    expect(records(effects)[0]).toEqual({
      type: 'handoff-ended',
      handoffId: 'h1',
      outcome: 'quote',
      notes: 'wants 3',
      at: h.now,
    })
    expect(sent(effects, 'ann', 'handoff-ended')).toEqual([{ handoffId: 'h1', outcome: 'quote' }])
    expect(sent(effects, 'r1', 'handoff-ended')).toEqual([{ handoffId: 'h1', outcome: 'quote' }])
    expect(h.state.reps.r1).toMatchObject({ state: 'available', handoffId: null })
    expect(h.state.recentHandlingMs[0]).toBe(4 * 60_000)
  })

  it('lets only the rep of that handoff end it', () => {
    const h = talking()
    const other = h.dispatch({ type: 'end', repSessionId: 'r2', handoffId: 'h1', outcome: 'x' })
    expect(errorCodes(other, 'r2')).toEqual(['FORBIDDEN'])
    const visitor = h.dispatch({ type: 'end', repSessionId: 'ann', handoffId: 'h1', outcome: 'x' })
    expect(errorCodes(visitor, 'ann')).toEqual(['FORBIDDEN'])
    expect(h.state.handoffs.h1.status).toBe('active')
  })

  it('refuses to end a conversation twice', () => {
    const h = talking()
    h.dispatch({ type: 'end', repSessionId: 'r1', handoffId: 'h1', outcome: 'quote' })
    const again = h.dispatch({ type: 'end', repSessionId: 'r1', handoffId: 'h1', outcome: 'quote' })
    expect(errorCodes(again, 'r1')).toEqual(['CONFLICT'])
  })

  it('returns a rep who went away during the conversation to away, not available', () => {
    const h = talking()
    h.rep('r1', 'away')
    expect(h.state.reps.r1.state).toBe('busy')
    h.dispatch({ type: 'end', repSessionId: 'r1', handoffId: 'h1', outcome: 'info' })
    expect(h.state.reps.r1.state).toBe('away')
  })

  it('ends the conversation of a rep who leaves for good and offers the visitor a message', () => {
    const h = talking()
    const effects = h.dispatch({ type: 'rep-left', repSessionId: 'r1', final: true })
    expect(sent(effects, 'ann', 'handoff-ended')).toEqual([
      { handoffId: 'h1', outcome: 'rep-left' },
    ])
    expect(sent(effects, 'ann', 'offer-message')).toEqual([
      { requestId: 'req-ann', reason: 'rep-left' },
    ])
    expect(records(effects).map((r) => r.type)).toEqual(['handoff-ended', 'staff-status'])
    expect(h.state.reps.r1).toBeUndefined()
  })
})
