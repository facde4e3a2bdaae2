/**
 * Station spec cards: the content staff keep current without a redeploy. The same schema checks
 * the shipped defaults (assets/content/stations.json), a supervisor's edit on the way in
 * (`PUT /api/content/stations/:stationId`) and a stored edit on the way out.
 */
import { z } from 'zod'
import { CARD_LIMITS } from './cardLimits'
import { STATIONS, type StationId } from './showroom'

export { CARD_LIMITS }

/** One line of text: no control characters (they would break the card's layout). */
const line = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must be one line of plain text')
/** Paragraphs: line breaks allowed, other control characters not. */
const paragraphs = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^(?:[^\p{Cc}]|\r?\n)*$/u, 'must be plain text')

export const StationCard = z
  .object({
    title: line(CARD_LIMITS.title),
    /** May be empty, like the description: the title and the price carry a bare card. */
    tagline: line(CARD_LIMITS.tagline, 0),
    description: paragraphs(CARD_LIMITS.description),
    specs: z
      .array(
        z
          .object({ label: line(CARD_LIMITS.specLabel), value: line(CARD_LIMITS.specValue) })
          .strict(),
      )
      .max(CARD_LIMITS.specs)
      // The label names the row (and keys it on screen): two rows of the same name are a slip.
      .refine((specs) => new Set(specs.map((s) => s.label)).size === specs.length, {
        message: 'spec labels must differ',
      }),
    uses: z.array(line(CARD_LIMITS.use)).max(CARD_LIMITS.uses),
    /** Free text: "$38,000 – $52,000", "On request". */
    priceRange: line(CARD_LIMITS.priceRange),
  })
  .strict()
export type StationCard = z.infer<typeof StationCard>

export const StationCards = z.object(
  Object.fromEntries(STATIONS.map((s) => [s.id, StationCard])) as Record<
    StationId,
    typeof StationCard
  >,
)
export type StationCards = Record<StationId, StationCard>
