/**
 * What leaves the store for HTTP (contract shapes, ISO 8601 times) and what the record queue
 * carries in (high-volume observations that nobody is told were saved).
 */
import type { Channel, HandoffStatus, StaffState } from './types'

/** `GET /api/crm/handoffs`, one entry. */
export interface HandoffView {
  id: string
  requestId: string
  visitorId: string
  repId: string | null
  status: HandoffStatus
  requestedAt: string
  acceptedAt: string | null
  endedAt: string | null
  outcome: string | null
  rating: number | null
}

/** `GET /api/crm/visits`, one entry. */
export interface VisitView {
  id: string
  visitorId: string
  channel: Channel
  startedAt: string
  endedAt: string | null
  stations: { stationId: string; dwellMs: number }[]
}

/** `GET /api/crm/visitors/:id/export`: every row that names the visitor, in every table. */
export interface VisitorExport {
  visitor: Record<string, unknown>
  visits: Record<string, unknown>[]
  stationDwells: Record<string, unknown>[]
  handoffs: Record<string, unknown>[]
  transcripts: Record<string, unknown>[]
  tickets: Record<string, unknown>[]
  leads: Record<string, unknown>[]
  exportedAt: string
}

/**
 * Observations written in batches by the RecordQueue. The caller makes the visit id up front
 * (crypto.randomUUID) so dwell rows can point at a visit whose row is still queued.
 */
export type Observation =
  | {
      type: 'visit-start'
      id: string
      visitorId: string
      channel: Channel
      device: string
      at: number
    }
  | { type: 'visit-end'; id: string; at: number }
  | {
      type: 'dwell'
      visitId: string
      visitorId: string
      stationId: string
      enteredAt: number
      dwellMs: number
      tries: number
    }
  | { type: 'staff-status'; staffId: string; state: StaffState; at: number }
