/**
 * The live floor: every avatar in the room on the office plan, coloured by who they are, with
 * visitors waiting for a rep ringed and their wait ticking. Positions are read from the motion
 * buffer a few times a second (the room moves avatars through it, never through React state).
 */
import { useContext, useEffect, useState } from 'react'
import { STATIONS } from '../../../shared/showroom'
import { motion } from '../../net/motion'
import { useStaff } from '../../net/staffStore'
import { useShowroom } from '../../net/store'
import { FloorPlan, MAP_VIEWBOX } from './FloorPlan'
import {
  floorMarkers,
  isLabelled,
  plural,
  waitingNow,
  type MapMarker,
  type WaitingEntry,
} from './floorMarkers'
import { formatDuration } from './format'
import { MapLabel } from './MapLabel'
import { DashboardShown } from './usePoll'

/** Redraws per second: smooth enough to follow people walking, cheap for the browser. */
const MAP_REFRESH_HZ = 4
const MARKER_R_M = 0.45 // drawn larger than an avatar (0.3 m) so one person stays visible
const LABEL_ROW_M = 0.9 // one label pill (0.8 m) and a little air

const stationName = (id: string | null) =>
  id ? (STATIONS.find((s) => s.id === id)?.name ?? id) : 'the lobby'

function Marker({ m }: { m: MapMarker }) {
  const label = m.waiting ? `${m.name} · ${formatDuration(m.waiting.waitedMs)}` : m.name
  return (
    <g className={`map-avatar is-${m.kind}${m.waiting ? ' is-waiting' : ''}`}>
      <title>{m.waiting ? `${label} waiting` : `${m.name} (${m.kind})`}</title>
      {m.waiting && <circle className="map-wait-ring" cx={m.x} cy={m.z} r={MARKER_R_M * 2.2} />}
      {m.kind === 'kiosk' ? (
        <rect
          x={m.x - MARKER_R_M}
          y={m.z - MARKER_R_M}
          width={MARKER_R_M * 2}
          height={MARKER_R_M * 2}
        />
      ) : (
        <circle cx={m.x} cy={m.z} r={MARKER_R_M} />
      )}
      {isLabelled(m) && (
        <MapLabel x={m.x} y={m.z - MARKER_R_M * 2.4 - m.labelRow * LABEL_ROW_M} text={label} />
      )}
    </g>
  )
}

export function FloorMap() {
  const shown = useContext(DashboardShown)
  const members = useShowroom((s) => s.members)
  const status = useShowroom((s) => s.status)
  const requests = useStaff((s) => s.requests) as WaitingEntry[]
  const requestsAt = useStaff((s) => s.requestsAt)
  const [now, setNow] = useState(() => performance.now())
  useEffect(() => {
    if (!shown) return
    const timer = setInterval(() => setNow(performance.now()), 1000 / MAP_REFRESH_HZ)
    return () => clearInterval(timer)
  }, [shown])

  const waiting = waitingNow(requests, requestsAt, now)
  const markers = floorMarkers(members, (id) => motion.latest(id), waiting)
  const count = (kind: MapMarker['kind']) => markers.filter((m) => m.kind === kind).length
  const summary =
    `${plural(count('visitor'), 'visitor')}, ${count('staff')} staff, ` +
    `${plural(count('kiosk'), 'kiosk')} on the floor; ${waiting.length} waiting for a rep.`

  return (
    <section className="staff-panel card sv-map" aria-labelledby="sv-map-title">
      <h2 id="sv-map-title">Live floor</h2>
      {status !== 'online' && (
        <p className="muted">The live floor needs the showroom connection ({status}).</p>
      )}
      <div className="sv-map-body">
        <svg viewBox={MAP_VIEWBOX} role="img" aria-label={`Floor map: ${summary}`}>
          <FloorPlan />
          {markers.map((m) => (
            <Marker key={m.sessionId} m={m} />
          ))}
        </svg>
        <div className="sv-map-side">
          <ul className="sv-legend" aria-label="Legend">
            <li>
              <span className="swatch-dot is-visitor" aria-hidden="true" /> Visitors (
              {count('visitor')})
            </li>
            <li>
              <span className="swatch-dot is-staff" aria-hidden="true" /> Reps and supervisors (
              {count('staff')})
            </li>
            <li>
              <span className="swatch-dot is-kiosk" aria-hidden="true" /> Kiosks ({count('kiosk')})
            </li>
            <li>
              <span className="swatch-dot is-waiting" aria-hidden="true" /> Waiting (
              {waiting.length})
            </li>
          </ul>
          <h3>Waiting for a rep</h3>
          {waiting.length === 0 && <p className="muted">Nobody is waiting.</p>}
          {waiting.length > 0 && (
            <ol className="sv-waiting" aria-label="Waiting for a rep, longest first">
              {waiting.map((w) => (
                <li key={w.requestId}>
                  <strong>{w.visitorName}</strong> at {stationName(w.stationId)} · waiting{' '}
                  <span className="wait">{formatDuration(w.waitedMs)}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  )
}
