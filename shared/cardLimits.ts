/**
 * How much a station card may hold: the panel on a phone fits about a screen of text and a table
 * of key specs. No zod here, so the supervisor's card form can import the same numbers the
 * server validates with (shared/content.ts).
 */
export const CARD_LIMITS = {
  title: 80,
  tagline: 160,
  description: 1200,
  specs: 12,
  specLabel: 40,
  specValue: 80,
  uses: 8,
  use: 80,
  priceRange: 60,
} as const
