/**
 * Turns positions into station visits: entering a station's zone starts a visit, leaving it (or
 * the room) ends it with its dwell time and the number of *Try it* presses. High-volume moves stay
 * in memory; only a finished visit becomes a record (DESIGN.md, "What saved means").
 */
import { distance } from '../../shared/rules'
import { STATIONS, STATION_ZONE_RADIUS_M, type StationId, type Vec2 } from '../../shared/showroom'

export interface StationVisit {
  sessionId: string
  stationId: StationId
  enteredAt: number
  leftAt: number
  dwellMs: number
  tries: number
}

interface Open {
  stationId: StationId
  enteredAt: number
  tries: number
}

/** The station whose zone contains the point (the nearest, where zones overlap). */
export function zoneAt(p: Vec2): StationId | undefined {
  let best: StationId | undefined
  let bestDist = STATION_ZONE_RADIUS_M
  for (const s of STATIONS) {
    const d = distance(p, s.position)
    if (d <= bestDist) {
      best = s.id
      bestDist = d
    }
  }
  return best
}

export class StationVisitTracker {
  private open = new Map<string, Open>()

  /** Call on every accepted position; returns the visit that just ended, if any. */
  moved(sessionId: string, p: Vec2, now: number): StationVisit | undefined {
    const zone = zoneAt(p)
    const current = this.open.get(sessionId)
    if (current?.stationId === zone) return undefined
    const ended = current ? this.close(sessionId, current, now) : undefined
    if (zone) this.open.set(sessionId, { stationId: zone, enteredAt: now, tries: 0 })
    else this.open.delete(sessionId)
    return ended
  }

  /** A *Try it* press counts towards the visit of that station (opening one if needed). */
  tried(sessionId: string, stationId: StationId, now: number): StationVisit | undefined {
    const current = this.open.get(sessionId)
    if (current?.stationId === stationId) {
      current.tries++
      return undefined
    }
    const ended = current ? this.close(sessionId, current, now) : undefined
    this.open.set(sessionId, { stationId, enteredAt: now, tries: 1 })
    return ended
  }

  /** The person left the room: close what was open. */
  left(sessionId: string, now: number): StationVisit | undefined {
    const current = this.open.get(sessionId)
    this.open.delete(sessionId)
    return current ? this.close(sessionId, current, now) : undefined
  }

  /** The station a person is at now, if any (for the rep's context). */
  at(sessionId: string): StationId | undefined {
    return this.open.get(sessionId)?.stationId
  }

  private close(sessionId: string, v: Open, now: number): StationVisit {
    return {
      sessionId,
      stationId: v.stationId,
      enteredAt: v.enteredAt,
      leftAt: now,
      dwellMs: Math.max(0, now - v.enteredAt),
      tries: v.tries,
    }
  }
}
