import { describe, expect, it } from 'vitest'
import { harness, records, recipients, sent } from './harness'

/** Ann talks with rep r1 (staff account id-r1); the rep's return window is 30 s. */
function talking() {
  const h = harness({ repReturnMs: 30_000 })
  h.rep('r1')
  h.summon('ann')
  h.accept('r1', 'req-ann', 'h1')
  return h
}

describe('a rep whose page reloads mid-conversation', () => {
  it('is held: no rep-left yet, and the visitor hears the rep is reconnecting', () => {
    const h = talking()
    const effects = h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    expect(records(effects)).toEqual([])
    expect(recipients(effects, 'handoff-ended')).toEqual([])
    expect(recipients(effects, 'offer-message')).toEqual([])
    expect(sent(effects, 'ann', 'rep-reconnecting')).toEqual([{ handoffId: 'h1' }])
    expect(h.state.handoffs.h1.status).toBe('active')
    expect(h.state.reps.r1).toMatchObject({ state: 'busy', leftAt: h.now })
  })

  it('gets the conversation back on a new session of the same staff account', () => {
    const h = talking()
    h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    h.advance(5_000)
    const effects = h.dispatch({ type: 'rep-returned', repId: 'id-r1', newSessionId: 'r1-2' })
    const rep = {
      handoffId: 'h1',
      requestId: 'req-ann',
      rep: { sessionId: 'r1-2', name: 'Rep r1' },
      visitor: { sessionId: 'ann', name: 'ann' },
    }
    expect(sent(effects, 'r1-2', 'handoff')).toEqual([{ ...rep, visitorId: 'visitor-ann' }])
    expect(sent(effects, 'ann', 'handoff')).toEqual([rep]) // never the visitor's id
    expect(effects).toContainEqual({ kind: 'place-rep', repSessionId: 'r1-2', beside: 'ann' })
    expect(records(effects)).toEqual([])
    expect(h.state.handoffs.h1.repSessionId).toBe('r1-2')
    expect(h.state.reps.r1).toBeUndefined()
    expect(h.state.reps['r1-2']).toMatchObject({ state: 'busy', handoffId: 'h1', leftAt: null })

    h.advance(60_000) // long past the window: nothing is pending any more
    expect(records(h.dispatch({ type: 'tick' }))).toEqual([])
    const end = h.dispatch({ type: 'end', repSessionId: 'r1-2', handoffId: 'h1', outcome: 'quote' })
    expect(recipients(end, 'handoff-ended').sort()).toEqual(['ann', 'r1-2'])
    // The reloaded page shows `away` until the rep picks again, and the server agrees.
    expect(h.state.reps['r1-2'].state).toBe('away')
  })

  it('is not taken over by another staff account', () => {
    const h = talking()
    h.rep('r2')
    h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    const effects = h.dispatch({ type: 'rep-returned', repId: 'id-r2', newSessionId: 'r2-2' })
    expect(effects).toEqual([])
    expect(h.state.handoffs.h1.repSessionId).toBe('r1')
  })

  it('ends the conversation as rep-left when the window passes', () => {
    const h = talking()
    h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    h.advance(29_999)
    expect(records(h.dispatch({ type: 'tick' }))).toEqual([])
    h.advance(1)
    const effects = h.dispatch({ type: 'tick' })
    expect(records(effects)).toEqual([
      { type: 'handoff-ended', handoffId: 'h1', outcome: 'rep-left', notes: null, at: h.now },
      { type: 'staff-status', repId: 'id-r1', state: 'offline', at: h.now },
    ])
    expect(sent(effects, 'ann', 'handoff-ended')).toEqual([
      { handoffId: 'h1', outcome: 'rep-left' },
    ])
    expect(sent(effects, 'ann', 'offer-message')).toEqual([
      { requestId: 'req-ann', reason: 'rep-left' },
    ])
    expect(h.state.reps.r1).toBeUndefined()
    const late = h.dispatch({ type: 'rep-returned', repId: 'id-r1', newSessionId: 'r1-2' })
    expect(recipients(late, 'handoff')).toEqual([])
  })

  it('has nothing to come back to once the visitor leaves for good', () => {
    const h = talking()
    h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    const effects = h.dispatch({ type: 'visitor-left', visitorSessionId: 'ann', final: true })
    expect(records(effects).map((r) => [r.type, 'state' in r ? r.state : undefined])).toEqual([
      ['handoff-ended', undefined],
      ['staff-status', 'offline'],
    ])
    expect(h.state.reps.r1).toBeUndefined()
  })

  it('is still away for a visitor who reloads meanwhile', () => {
    const h = talking()
    h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    h.dispatch({ type: 'visitor-left', visitorSessionId: 'ann' })
    const effects = h.dispatch({
      type: 'visitor-rebound',
      oldSessionId: 'ann',
      newSessionId: 'ann-2',
      visitorId: 'visitor-ann',
    })
    expect(sent(effects, 'ann-2', 'rep-reconnecting')).toEqual([{ handoffId: 'h1' }])
    expect(effects.some((e) => e.kind === 'place-rep')).toBe(false)
    expect(recipients(effects, 'handoff')).toEqual(['ann-2'])
  })
})

describe('a rep who leaves', () => {
  it('goes offline at once with no conversation', () => {
    const h = harness()
    h.rep('r1')
    const effects = h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    expect(records(effects)).toEqual([
      { type: 'staff-status', repId: 'id-r1', state: 'offline', at: h.now },
    ])
    expect(h.state.reps.r1).toBeUndefined()
  })

  it('who is accepting frees the request at once', () => {
    const h = harness()
    h.rep('r1')
    h.summon('ann')
    h.dispatch({ type: 'accept', repSessionId: 'r1', requestId: 'req-ann', handoffId: 'h1' })
    h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    expect(h.state.requests['req-ann'].claim).toBeNull()
    expect(h.state.reps.r1).toBeUndefined()
  })

  it('after ending the conversation goes offline at once', () => {
    const h = talking()
    h.dispatch({ type: 'end', repSessionId: 'r1', handoffId: 'h1', outcome: 'answered' })
    const effects = h.dispatch({ type: 'rep-left', repSessionId: 'r1' })
    expect(records(effects)).toMatchObject([{ type: 'staff-status', state: 'offline' }])
    expect(recipients(effects, 'rep-reconnecting')).toEqual([])
  })
})
