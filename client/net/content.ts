/**
 * The station spec cards: loaded over HTTP when the page opens, then kept current by the room's
 * `content` message (a supervisor saved a card), so a visitor with the card open sees the change
 * without reloading. Both land in the showroom store, which the 3D card panel and the plain page
 * read.
 */
import type { StationCards } from '../../shared/content'
import type { ContentMsg } from '../../shared/protocolNames'
import { STATIONS, type StationId } from '../../shared/showroom'
import { useShowroom } from './store'

/**
 * Cards pushed while a load is in flight: the load's answer may predate them, so they win over
 * it. One entry per load in flight.
 */
const pushedDuringLoad = new Set<Partial<StationCards>>()

export async function loadCards(): Promise<StationCards> {
  const pushed: Partial<StationCards> = {}
  pushedDuringLoad.add(pushed)
  try {
    const res = await fetch('/api/content/stations', { headers: { Accept: 'application/json' } })
    if (!res.ok) throw new Error(`Could not load the station cards (HTTP ${res.status}).`)
    const { stations } = (await res.json()) as { stations: StationCards }
    const cards = { ...stations, ...pushed }
    useShowroom.setState({ cards })
    return cards
  } finally {
    pushedDuringLoad.delete(pushed)
  }
}

const isStation = (id: unknown): id is StationId => STATIONS.some((s) => s.id === id)

/** Applies a `content` message: that station's card is replaced whole. */
export function applyContent(msg: ContentMsg): void {
  if (!isStation(msg?.stationId) || typeof msg.card !== 'object' || msg.card === null) return
  for (const pushed of pushedDuringLoad) pushed[msg.stationId] = msg.card
  // Before the first load answers there is no set to update; the load brings it (see above).
  useShowroom.setState((s) => (s.cards ? { cards: { ...s.cards, [msg.stationId]: msg.card } } : s))
}

/** Listens for card updates on a room (called for every room this client joins). */
export function wireContent(room: {
  onMessage(type: 'content', cb: (msg: ContentMsg) => void): unknown
}) {
  room.onMessage('content', applyContent)
}
