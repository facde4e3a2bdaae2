/** Station spec cards: the content staff keep current without a redeploy. */
import { z } from 'zod'
import { STATIONS, type StationId } from './showroom'

export const StationCard = z.object({
  title: z.string().min(1).max(80),
  tagline: z.string().max(160),
  description: z.string().max(1200),
  specs: z.array(z.object({ label: z.string().max(40), value: z.string().max(80) })).max(12),
  uses: z.array(z.string().max(80)).max(8),
  priceRange: z.string().max(60),
})
export type StationCard = z.infer<typeof StationCard>

export const StationCards = z.object(
  Object.fromEntries(STATIONS.map((s) => [s.id, StationCard])) as Record<
    StationId,
    typeof StationCard
  >,
)
export type StationCards = Record<StationId, StationCard>
