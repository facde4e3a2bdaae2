/**
 * A station card while a supervisor edits it, and back: spec rows may be left blank while typing
 * and are dropped on save, uses are typed one per line. The limits are the server's
 * (shared/content.ts validates with zod, which stays out of the client bundle); checking them
 * here only lets the form say what is wrong before sending.
 */
import type { StationCard } from '../../../shared/content'

export const CARD_LIMITS = {
  title: 80,
  tagline: 160,
  description: 1200,
  priceRange: 60,
  specs: 12,
  specLabel: 40,
  specValue: 80,
  uses: 8,
  use: 80,
} as const

export interface SpecRow {
  label: string
  value: string
}

export interface CardDraft {
  title: string
  tagline: string
  description: string
  priceRange: string
  specs: SpecRow[]
  /** One use per line. */
  uses: string
}

export function draftFromCard(card: StationCard): CardDraft {
  return {
    title: card.title,
    tagline: card.tagline,
    description: card.description,
    priceRange: card.priceRange,
    specs: card.specs.map((s) => ({ ...s })),
    uses: card.uses.join('\n'),
  }
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

export function cardFromDraft(d: CardDraft): StationCard {
  return {
    title: d.title.trim(),
    tagline: d.tagline.trim(),
    description: d.description.trim(),
    priceRange: d.priceRange.trim(),
    specs: d.specs
      .map((s) => ({ label: s.label.trim(), value: s.value.trim() }))
      .filter((s) => s.label || s.value),
    uses: lines(d.uses),
  }
}

const tooLong = (what: string, max: number) => `${what} is longer than ${max} characters.`

/** What the server would refuse, in sentences; empty when the card can be saved. */
export function draftProblems(d: CardDraft): string[] {
  const card = cardFromDraft(d)
  const L = CARD_LIMITS
  const problems: string[] = []
  if (!card.title) problems.push('The title cannot be empty.')
  if (card.title.length > L.title) problems.push(tooLong('The title', L.title))
  if (card.tagline.length > L.tagline) problems.push(tooLong('The tagline', L.tagline))
  if (card.description.length > L.description)
    problems.push(tooLong('The description', L.description))
  if (card.priceRange.length > L.priceRange) problems.push(tooLong('The price range', L.priceRange))
  if (card.specs.length > L.specs) problems.push(`At most ${L.specs} specs fit on a card.`)
  card.specs.forEach((s, i) => {
    if (!s.label || !s.value) problems.push(`Spec ${i + 1} needs both a label and a value.`)
    if (s.label.length > L.specLabel) problems.push(tooLong(`Spec ${i + 1}'s label`, L.specLabel))
    if (s.value.length > L.specValue) problems.push(tooLong(`Spec ${i + 1}'s value`, L.specValue))
  })
  if (card.uses.length > L.uses) problems.push(`At most ${L.uses} uses fit on a card.`)
  card.uses.forEach((u, i) => {
    if (u.length > L.use) problems.push(tooLong(`Use ${i + 1}`, L.use))
  })
  return problems
}

/** True when saving would change nothing: both compared as the form would send them. */
export function sameCard(a: StationCard, b: StationCard): boolean {
  const normal = (c: StationCard) => JSON.stringify(cardFromDraft(draftFromCard(c)))
  return normal(a) === normal(b)
}
