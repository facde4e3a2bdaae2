import { describe, expect, it } from 'vitest'
import { errorCodes, harness, records, sent } from './harness'

function ended() {
  const h = harness()
  h.rep('r1')
  h.summon('ann')
  h.accept('r1', 'req-ann', 'h1')
  h.dispatch({ type: 'end', repSessionId: 'r1', handoffId: 'h1', outcome: 'quote' })
  return h
}
const rate = (score: number, visitorSessionId = 'ann') =>
  ({ type: 'rate', visitorSessionId, handoffId: 'h1', score }) as const

describe('rating a conversation', () => {
  it('records the rating, then thanks the visitor', () => {
    const h = ended()
    const effects = h.dispatch({ ...rate(5), comment: 'Very helpful' })
    expect(records(effects)).toEqual([
      { type: 'handoff-rated', handoffId: 'h1', score: 5, comment: 'Very helpful', at: h.now },
    ])
    expect(sent(effects, 'ann', 'rating-saved')).toEqual([{ handoffId: 'h1', score: 5 }])
    expect(effects[0].kind).toBe('record')
  })

  it('refuses a rating from someone who was not the visitor', () => {
    const h = ended()
    expect(errorCodes(h.dispatch(rate(1, 'mallory')), 'mallory')).toEqual(['FORBIDDEN'])
    expect(errorCodes(h.dispatch(rate(1, 'r1')), 'r1')).toEqual(['FORBIDDEN'])
  })

  it('accepts only one rating per conversation', () => {
    const h = ended()
    h.dispatch(rate(4))
    const again = h.dispatch(rate(1))
    expect(errorCodes(again, 'ann')).toEqual(['CONFLICT'])
    expect(records(again)).toEqual([])
  })

  it('refuses a rating before the conversation has ended', () => {
    const h = harness()
    h.rep('r1')
    h.summon('ann')
    h.accept('r1', 'req-ann', 'h1')
    expect(errorCodes(h.dispatch(rate(5)), 'ann')).toEqual(['CONFLICT'])
  })

  it('refuses scores outside 1..5 and fractions', () => {
    const h = ended()
    for (const score of [0, 6, 2.5, Number.NaN]) {
      expect(errorCodes(h.dispatch(rate(score)), 'ann')).toEqual(['INVALID'])
    }
  })

  it('answers NOT_FOUND for an unknown conversation, and after the rating window', () => {
    const h = ended()
    expect(errorCodes(h.dispatch({ ...rate(5), handoffId: 'h9' }), 'ann')).toEqual(['NOT_FOUND'])
    h.advance(h.state.config.ratingWindowMs)
    h.dispatch({ type: 'tick' })
    expect(errorCodes(h.dispatch(rate(5)), 'ann')).toEqual(['NOT_FOUND'])
  })
})
