/** The CRM side of the showroom's visit reporting: observations go to the batched RecordQueue. */
import type { ShowroomRecorder } from '../showroom/recorder'
import type { RecordQueue } from './recordQueue'

export function crmRecorder(queue: RecordQueue): ShowroomRecorder {
  return {
    visitStarted: (v) =>
      queue.enqueue({
        type: 'visit-start',
        id: v.visitId,
        visitorId: v.visitorId,
        channel: v.channel,
        device: v.device ?? 'unknown',
        at: v.at,
      }),
    stationVisit: (v) =>
      queue.enqueue({
        type: 'dwell',
        visitId: v.visitId,
        visitorId: v.visitorId,
        stationId: v.stationId,
        enteredAt: v.enteredAt,
        dwellMs: v.dwellMs,
        tries: v.tries,
      }),
    visitEnded: (v) => queue.enqueue({ type: 'visit-end', id: v.visitId, at: v.at }),
  }
}
