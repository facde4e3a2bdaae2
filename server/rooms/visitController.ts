/** Follows visitors through the stations of one room and reports their visits to the recorder. */
import { randomUUID } from 'node:crypto'
import type { Vec2, StationId } from '../../shared/showroom'
import type { Identity } from '../services'
import type { ShowroomRecorder } from '../showroom/recorder'
import { StationVisitTracker, type StationVisit } from '../showroom/stationVisits'

interface Open {
  visitId: string
  visitorId: string
}

export class VisitController {
  private tracker = new StationVisitTracker()
  private visits = new Map<string, Open>()

  constructor(
    private recorder: ShowroomRecorder | undefined,
    /** Wall-clock time for records (the server's clock, never the client's). */
    private now: () => number,
  ) {}

  joined(sessionId: string, who: Identity, device: string | undefined, at: Vec2): void {
    if (!who.visitorId || (who.role !== 'visitor' && who.role !== 'kiosk')) return
    const visit = { visitId: randomUUID(), visitorId: who.visitorId }
    this.visits.set(sessionId, visit)
    const channel = who.role === 'kiosk' ? 'kiosk' : 'web'
    this.recorder?.visitStarted({ ...visit, sessionId, channel, device, at: this.now() })
    this.tracker.moved(sessionId, at, this.now())
  }

  moved(sessionId: string, at: Vec2): void {
    if (this.visits.has(sessionId)) this.report(this.tracker.moved(sessionId, at, this.now()))
  }

  tried(sessionId: string, stationId: StationId): void {
    if (this.visits.has(sessionId))
      this.report(this.tracker.tried(sessionId, stationId, this.now()))
  }

  /** The station a visitor stands at now: context for the rep who answers them. */
  stationOf(sessionId: string): StationId | undefined {
    return this.tracker.at(sessionId)
  }

  left(sessionId: string): void {
    const visit = this.visits.get(sessionId)
    if (!visit) return
    this.report(this.tracker.left(sessionId, this.now()))
    this.recorder?.visitEnded({ visitId: visit.visitId, at: this.now() })
    this.visits.delete(sessionId)
  }

  private report(ended: StationVisit | undefined) {
    const visit = ended && this.visits.get(ended.sessionId)
    if (ended && visit) this.recorder?.stationVisit({ ...ended, ...visit })
  }
}
