/** Loads the station spec cards from the server (staff keep them current; no redeploy). */
import type { StationCards } from '../../shared/content'
import { useShowroom } from './store'

export async function loadCards(): Promise<StationCards> {
  const res = await fetch('/api/content/stations', { headers: { Accept: 'application/json' } })
  if (!res.ok) throw new Error(`Could not load the station cards (HTTP ${res.status}).`)
  const { stations } = (await res.json()) as { stations: StationCards }
  useShowroom.setState({ cards: stations })
  return stations
}
