/**
 * What the showroom tells the CRM about visits. The room calls these and never waits: the CRM's
 * implementation queues and batches the writes (server/crm). Visitors and kiosk visitors only;
 * staff movements are not visits.
 */
import type { StationVisit } from './stationVisits'

export interface VisitStart {
  visitId: string
  visitorId: string
  sessionId: string
  channel: 'web' | 'kiosk'
  device?: string
  at: number
}

export interface ShowroomRecorder {
  visitStarted(v: VisitStart): void
  stationVisit(v: StationVisit & { visitId: string; visitorId: string }): void
  visitEnded(v: { visitId: string; at: number }): void
}
