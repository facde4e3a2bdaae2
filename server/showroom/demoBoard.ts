/**
 * Who drives which robot demo, and who waits for a turn. One driver per station; a turn lasts
 * DEMO_TURN_MS (unless the room sets another length), then the next in line takes over (or the robot goes back to idle). Pure: the room
 * passes its clock's time in and copies the result into the public state.
 */
import { DEMO_MODES, DEMO_TURN_MS, isDemoMode } from '../../shared/demos'
import type { StationId } from '../../shared/showroom'

export interface Driver {
  sessionId: string
  name: string
}

export interface StationDemo {
  driver?: Driver
  mode: string
  startedAt: number
  endsAt: number
  /** Waiting for a turn, first in line first. */
  queue: Driver[]
}

export type TryResult =
  { kind: 'driving' } | { kind: 'queued'; position: number } | { kind: 'invalid-mode' }

export class DemoBoard {
  readonly stations = new Map<StationId, StationDemo>()

  constructor(
    ids: readonly StationId[],
    private turnMs = DEMO_TURN_MS,
  ) {
    for (const id of ids) {
      this.stations.set(id, { mode: DEMO_MODES[id][0].id, startedAt: 0, endsAt: 0, queue: [] })
    }
  }

  /** *Try it*: drive now if the station is free (or yours), otherwise take a place in line. */
  try(stationId: StationId, who: Driver, mode: string | undefined, now: number): TryResult {
    const s = this.stations.get(stationId)!
    if (mode !== undefined && !isDemoMode(stationId, mode)) return { kind: 'invalid-mode' }
    if (!s.driver || s.driver.sessionId === who.sessionId) {
      this.start(s, who, mode ?? s.mode, now)
      return { kind: 'driving' }
    }
    let i = s.queue.findIndex((d) => d.sessionId === who.sessionId)
    if (i < 0) i = s.queue.push(who) - 1
    return { kind: 'queued', position: i + 1 }
  }

  /** The driver stops (or someone leaves the line). True when something changed. */
  stop(stationId: StationId, sessionId: string, now: number): boolean {
    const s = this.stations.get(stationId)!
    if (s.driver?.sessionId === sessionId) {
      this.next(s, now)
      return true
    }
    const before = s.queue.length
    s.queue = s.queue.filter((d) => d.sessionId !== sessionId)
    return s.queue.length !== before
  }

  /** Someone left the room: give up their turn and their places in line. */
  leave(sessionId: string, now: number): StationId[] {
    const changed: StationId[] = []
    for (const id of this.stations.keys()) if (this.stop(id, sessionId, now)) changed.push(id)
    return changed
  }

  /** Ends turns that ran out. Returns the stations that changed. */
  tick(now: number): StationId[] {
    const changed: StationId[] = []
    for (const [id, s] of this.stations) {
      if (s.driver && now >= s.endsAt) {
        this.next(s, now)
        changed.push(id)
      }
    }
    return changed
  }

  private start(s: StationDemo, who: Driver, mode: string, now: number) {
    s.driver = who
    s.mode = mode
    s.startedAt = now
    s.endsAt = now + this.turnMs
  }

  private next(s: StationDemo, now: number) {
    const following = s.queue.shift()
    if (following) this.start(s, following, s.mode, now)
    else s.driver = undefined
  }
}
