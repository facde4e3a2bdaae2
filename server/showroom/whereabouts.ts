/**
 * Where a visitor stands, in the words of the rep's queue: at a station (its dwell zone), at
 * reception, in the meeting corner, in the lobby (between reception and the entrance) or
 * elsewhere in the hall. Pure; positions come from the floor plan in shared/showroom.ts.
 */
import { distance } from '../../shared/rules'
import { MEETING_CORNER, RECEPTION, STATIONS, type Vec2 } from '../../shared/showroom'
import { zoneAt } from './stationVisits'

/** From the desk's centre: its 4.4 m width plus a step in front of it. */
export const RECEPTION_AREA_M = 2.8
/** The corner's sofas and table, about a 3 m circle. */
export const MEETING_CORNER_AREA_M = 3.5

export function whereabouts(p: Vec2): string {
  const station = zoneAt(p)
  if (station) return `at ${STATIONS.find((s) => s.id === station)?.name ?? station}`
  if (distance(p, RECEPTION) <= RECEPTION_AREA_M) return 'at reception'
  if (distance(p, MEETING_CORNER) <= MEETING_CORNER_AREA_M) return 'in the meeting corner'
  if (p.z >= RECEPTION.z) return 'in the lobby'
  return 'in the hall'
}

/** When the visitor's avatar is not in this process: where they asked from. */
export function whereTheyAsked(stationId: string | null): string {
  const name = stationId ? STATIONS.find((s) => s.id === stationId)?.name : undefined
  return name ? `at ${name}` : 'in the showroom'
}
