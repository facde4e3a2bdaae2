/**
 * Station spec cards. The defaults ship in assets/content/stations.json; a supervisor's edit is
 * stored in the CRM (server/crm/content.ts) and overrides its station's default. What
 * `GET /api/content/stations` serves is read from the store each time, so every process of a
 * scaled-out showroom serves the same cards; a save reaches visitors already in a room through
 * the `content` bulletin (server/rooms/bulletins.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { StationCard, StationCards } from '../../shared/content'
import { STATIONS, type StationId } from '../../shared/showroom'
import type { CrmStore } from '../crm'
import { describeError, type Logger } from '../logger'

export const DEFAULT_CONTENT_FILE = path.resolve('assets/content/stations.json')

export function loadStationCards(file = DEFAULT_CONTENT_FILE): StationCards {
  const parsed = StationCards.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new Error(`${file} is not valid station content: ${parsed.error.issues[0]?.message}`)
  }
  return parsed.data
}

export const isStationId = (id: string): id is StationId => STATIONS.some((s) => s.id === id)

export class StationContent {
  /** What the last successful read served: the answer while the store is failing. */
  private lastGood: StationCards

  constructor(
    private readonly defaults: StationCards,
    private readonly deps: { store?: CrmStore; logger: Logger },
  ) {
    this.lastGood = defaults
  }

  /** The shipped cards with the stored edits over them (an edit that no longer validates is skipped). */
  async current(): Promise<StationCards> {
    const { store, logger } = this.deps
    if (!store) return this.defaults
    try {
      const cards = { ...this.defaults }
      for (const row of await store.listStationCards()) {
        const card = StationCard.safeParse(row.card)
        if (isStationId(row.stationId) && card.success) cards[row.stationId] = card.data
        else logger.warn('stored station card skipped', { stationId: row.stationId })
      }
      this.lastGood = cards
      return cards
    } catch (err) {
      // Visitors still get cards (the last served ones); the failure is logged, not hidden.
      logger.error('station cards not read', describeError(err))
      return this.lastGood
    }
  }

  /** Commits the edit; resolves once it is durable. The card must already be validated. */
  async save(stationId: StationId, card: StationCard, by: string, at: number): Promise<void> {
    if (!this.deps.store) throw new Error('no CRM store: station cards cannot be saved')
    await this.deps.store.saveStationCard({ stationId, card, by, at })
  }
}
