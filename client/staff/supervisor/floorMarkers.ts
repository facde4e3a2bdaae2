/**
 * What the live floor map draws, as plain data: one marker per avatar (where it stands, what kind
 * of person it is) with the visitors who wait for a rep marked, and how long they have waited.
 * Pure, so the map component only draws and the rules are tested without a DOM.
 */
import type { Role } from '../../../shared/protocolNames'
import type { QueueEntry } from '../../net/staffStore'
import type { Member } from '../../net/store'

export type MarkerKind = 'visitor' | 'staff' | 'kiosk'

/** The staff `requests` entry; newer servers also name the visitor's room session. */
export type WaitingEntry = QueueEntry & { visitorSessionId?: string }

export interface Waiting {
  requestId: string
  visitorName: string
  stationId: string | null
  /** Ticks locally from the server's `waitingMs` and when that list arrived. */
  waitedMs: number
  visitorSessionId?: string
}

export interface MapMarker {
  sessionId: string
  name: string
  kind: MarkerKind
  x: number
  z: number
  waiting?: Waiting
  /** Labelled markers (staff, waiting visitors) standing close together stack their labels: 0, 1, … */
  labelRow: number
}

/** Labels closer than this (metres) would be drawn over each other: the later one moves up a row. */
export const LABEL_CLEARANCE_M = 1.5

export const isLabelled = (m: Pick<MapMarker, 'kind' | 'waiting'>) =>
  !!m.waiting || m.kind === 'staff'

export const markerKind = (role: Role): MarkerKind =>
  role === 'rep' || role === 'supervisor' ? 'staff' : role === 'kiosk' ? 'kiosk' : 'visitor'

/** Who waits now, longest wait first; `now` and `requestsAt` are performance.now() times. */
export function waitingNow(
  requests: readonly WaitingEntry[],
  requestsAt: number,
  now: number,
): Waiting[] {
  const since = Math.max(0, now - requestsAt)
  return requests
    .map((r) => ({
      requestId: r.requestId,
      visitorName: r.visitorName,
      stationId: r.stationId,
      waitedMs: r.waitingMs + since,
      visitorSessionId: r.visitorSessionId,
    }))
    .sort((a, b) => b.waitedMs - a.waitedMs)
}

/**
 * Which avatar each waiting visitor is: by their room session when the server names it, else by
 * name, but only when exactly one visitor on the floor has that name (never a guess between two).
 */
export function matchWaiting(
  members: Readonly<Record<string, Member>>,
  waiting: readonly Waiting[],
): Map<string, Waiting> {
  const bySession = new Map<string, Waiting>()
  for (const w of waiting) if (w.visitorSessionId) bySession.set(w.visitorSessionId, w)
  const visitors = Object.entries(members).filter(([, m]) => markerKind(m.role) !== 'staff')
  for (const w of waiting) {
    if (w.visitorSessionId) continue
    const named = visitors.filter(([, m]) => m.name === w.visitorName)
    if (named.length === 1 && !bySession.has(named[0][0])) bySession.set(named[0][0], w)
  }
  return bySession
}

/** Avatars we know a position for; staff, then waiting visitors, drawn last to stay visible. */
export function floorMarkers(
  members: Readonly<Record<string, Member>>,
  positionOf: (sessionId: string) => { x: number; z: number } | undefined,
  waiting: readonly Waiting[],
): MapMarker[] {
  const bySession = matchWaiting(members, waiting)
  const markers: MapMarker[] = []
  for (const [sessionId, member] of Object.entries(members)) {
    const at = positionOf(sessionId)
    if (!at) continue
    markers.push({
      sessionId,
      name: member.name,
      kind: markerKind(member.role),
      x: at.x,
      z: at.z,
      waiting: bySession.get(sessionId),
      labelRow: 0,
    })
  }
  const layer = (m: MapMarker) => (m.waiting ? 2 : m.kind === 'staff' ? 1 : 0)
  return stackLabels(markers.sort((a, b) => layer(a) - layer(b) || a.name.localeCompare(b.name)))
}

/** Gives each labelled marker the first row no nearby labelled marker before it has taken. */
function stackLabels(markers: MapMarker[]): MapMarker[] {
  const placed: MapMarker[] = []
  for (const m of markers) {
    if (!isLabelled(m)) continue
    const taken = new Set(
      placed
        .filter((p) => Math.hypot(p.x - m.x, p.z - m.z) < LABEL_CLEARANCE_M)
        .map((p) => p.labelRow),
    )
    while (taken.has(m.labelRow)) m.labelRow++
    placed.push(m)
  }
  return markers
}

/** "1 visitor", "3 visitors". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
