/** The visitor's summon store follows what the server says, in the order it can say it. */
import { beforeEach, describe, expect, it } from 'vitest'
import { summonActions, useSummon } from '../../../client/net/summonStore'

const rep = { sessionId: 'rep-1', name: 'Dana' }
const line = (from: string, text: string, isPrivate = true) => ({
  from,
  name: from === 'rep-1' ? 'Dana' : 'Vera',
  text,
  at: new Date(0).toISOString(),
  private: isPrivate,
  channel: isPrivate ? ('private' as const) : ('nearby' as const),
})

describe('summon store', () => {
  beforeEach(() => summonActions.dismiss())

  it('goes from asking to waiting to talking to rating', () => {
    summonActions.sending('arm')
    expect(useSummon.getState()).toMatchObject({ phase: 'sending', stationId: 'arm' })
    summonActions.queued({ requestId: 'r1', position: 2, etaSeconds: 40 })
    expect(useSummon.getState()).toMatchObject({ phase: 'waiting', position: 2, etaSeconds: 40 })
    summonActions.handoff({ handoffId: 'h1', rep })
    summonActions.ended({ handoffId: 'h1', outcome: 'answered' })
    expect(useSummon.getState()).toMatchObject({ phase: 'ended', rep, outcome: 'answered' })
    summonActions.rated(5)
    expect(useSummon.getState()).toMatchObject({ phase: 'rated', score: 5 })
  })

  it('ignores a late queue update once the rep has arrived', () => {
    summonActions.sending()
    summonActions.handoff({ handoffId: 'h1', rep })
    summonActions.queued({ requestId: 'r1', position: 1, etaSeconds: 15 })
    expect(useSummon.getState().phase).toBe('active')
  })

  it('says the rep is reconnecting until their new session is announced, keeping the lines', () => {
    summonActions.sending()
    summonActions.handoff({ handoffId: 'h1', rep })
    summonActions.privateLine(line('rep-1', 'Hello'), 'me')
    summonActions.repReconnecting({ handoffId: 'other' })
    expect(useSummon.getState().repReconnecting).toBeFalsy()
    summonActions.repReconnecting({ handoffId: 'h1' })
    expect(useSummon.getState()).toMatchObject({ phase: 'active', repReconnecting: true })
    const back = { sessionId: 'rep-2', name: 'Dana' }
    summonActions.handoff({ handoffId: 'h1', rep: back })
    expect(useSummon.getState()).toMatchObject({ rep: back, repReconnecting: false })
    expect(useSummon.getState().lines.map((l) => l.text)).toEqual(['Hello'])
  })

  it('keeps only the private lines between the visitor and their rep', () => {
    summonActions.sending()
    summonActions.handoff({ handoffId: 'h1', rep })
    summonActions.privateLine(line('rep-1', 'Hello'), 'me')
    summonActions.privateLine(line('me', 'Hi'), 'me')
    summonActions.privateLine(line('someone', 'Psst'), 'me')
    summonActions.privateLine(line('rep-1', 'Everyone hears this', false), 'me')
    expect(useSummon.getState().lines.map((l) => l.text)).toEqual(['Hello', 'Hi'])
  })

  it('lets a visitor offered a message keep their place while the request still waits', () => {
    summonActions.sending()
    summonActions.queued({ requestId: 'r1', position: 1, etaSeconds: null })
    summonActions.offered({ requestId: 'r1', reason: 'no-rep-available' })
    expect(useSummon.getState()).toMatchObject({ phase: 'offered', offerWhileWaiting: true })
    summonActions.keepWaiting()
    expect(useSummon.getState().phase).toBe('waiting')
  })

  it('does not ask again for a message already left when the request is later missed', () => {
    summonActions.sending()
    summonActions.queued({ requestId: 'r1', position: 1, etaSeconds: null })
    summonActions.offered({ requestId: 'r1', reason: 'no-rep-available' })
    const saved = { ticketId: 't1', kind: 'callback' as const, dueAt: new Date(0).toISOString() }
    summonActions.saved(saved)
    summonActions.offered({ requestId: 'r1', reason: 'missed' })
    expect(useSummon.getState()).toMatchObject({ phase: 'saved', saved })
  })

  it('shows a refused rating on the rating card, and a refused summon as a notice', () => {
    summonActions.sending()
    summonActions.handoff({ handoffId: 'h1', rep })
    summonActions.ended({ handoffId: 'h1', outcome: 'answered' })
    const tooFast = { code: 'RATE_LIMITED' as const, message: 'Slow down.', type: 'rate' }
    expect(summonActions.failed(tooFast)).toBe(true)
    expect(useSummon.getState()).toMatchObject({ phase: 'ended', error: tooFast })
    summonActions.clearError()
    expect(useSummon.getState().error).toBeUndefined()

    summonActions.sending()
    const refused = { code: 'CONFLICT' as const, message: 'Already talking.', type: 'summon' }
    expect(summonActions.failed(refused)).toBe(false)
    expect(useSummon.getState()).toMatchObject({ phase: 'idle', error: refused })
    const teleport = { code: 'TELEPORT' as const, message: 'Too far.', type: 'move' }
    expect(summonActions.failed(teleport)).toBe(false)
    expect(useSummon.getState().error).toBe(refused)
  })
})
