/** A station card while it is edited: blank rows dropped, uses one per line, limits explained. */
import { describe, expect, it } from 'vitest'
import {
  CARD_LIMITS,
  cardFromDraft,
  draftFromCard,
  draftProblems,
  sameCard,
} from '../../../../client/staff/supervisor/cardDraft'
import type { StationCard } from '../../../../shared/content'

const card: StationCard = {
  title: 'Atlas-6',
  tagline: 'Six axes, one conveyor, no breaks.',
  description: 'An industrial arm for pick-and-place.',
  specs: [
    { label: 'Payload', value: '6 kg' },
    { label: 'Reach', value: '900 mm' },
  ],
  uses: ['Pick and place', 'Machine tending'],
  priceRange: '€38,000–€46,000',
}

describe('card drafts', () => {
  it('round-trips a card unchanged', () => {
    expect(cardFromDraft(draftFromCard(card))).toEqual(card)
    expect(sameCard(cardFromDraft(draftFromCard(card)), card)).toBe(true)
  })

  it('trims text, drops blank spec rows and empty use lines', () => {
    const draft = {
      ...draftFromCard(card),
      title: '  Atlas-6 Pro ',
      specs: [...card.specs, { label: ' ', value: '' }],
      uses: 'Pick and place\n\n  Palletising  \n',
    }
    expect(cardFromDraft(draft)).toMatchObject({
      title: 'Atlas-6 Pro',
      specs: card.specs,
      uses: ['Pick and place', 'Palletising'],
    })
  })

  it('has no problems for a valid card', () => {
    expect(draftProblems(draftFromCard(card))).toEqual([])
  })

  it('explains what the server would refuse', () => {
    const draft = {
      ...draftFromCard(card),
      title: ' ',
      priceRange: 'x'.repeat(CARD_LIMITS.priceRange + 1),
      specs: [{ label: 'Speed', value: '' }],
      uses: Array.from({ length: CARD_LIMITS.uses + 1 }, (_, i) => `Use ${i}`).join('\n'),
    }
    expect(draftProblems(draft)).toEqual([
      'The title cannot be empty.',
      `The price range is longer than ${CARD_LIMITS.priceRange} characters.`,
      'Spec 1 needs both a label and a value.',
      `At most ${CARD_LIMITS.uses} uses fit on a card.`,
    ])
  })
})
