/**
 * The office from above, drawn once from the floor plan (shared/showroom.ts) in metres: the SVG's
 * x is the floor's x, its y is the floor's z, so the entrance (+z) is at the bottom.
 */
import { memo } from 'react'
import {
  ENTRANCE,
  FLOOR,
  MEETING_CORNER,
  OBSTACLES,
  RECEPTION,
  STATIONS,
  WALL_THICKNESS_M,
} from '../../../shared/showroom'
import { ENTRANCE_GAP_M } from '../../scene/office/layout'

/** Space around the outer walls for the labels outside them (metres). */
export const MAP_MARGIN_M = 1.4
export const MAP_VIEWBOX = [
  FLOOR.minX - MAP_MARGIN_M,
  FLOOR.minZ - MAP_MARGIN_M,
  FLOOR.maxX - FLOOR.minX + 2 * MAP_MARGIN_M,
  FLOOR.maxZ - FLOOR.minZ + 2 * MAP_MARGIN_M,
].join(' ')

const T = WALL_THICKNESS_M
const LABEL_M = 0.8 // label height in metres: legible at the map's usual width

function Walls() {
  const { minX, maxX, minZ, maxZ } = FLOOR
  const doorL = ENTRANCE.x - ENTRANCE_GAP_M / 2
  const doorR = ENTRANCE.x + ENTRANCE_GAP_M / 2
  const w = (x0: number, z0: number, x1: number, z1: number) => (
    <rect x={x0} y={z0} width={x1 - x0} height={z1 - z0} />
  )
  return (
    <g className="map-walls">
      {w(minX - T, minZ - T, maxX + T, minZ)}
      {w(minX - T, minZ, minX, maxZ)}
      {w(maxX, minZ, maxX + T, maxZ)}
      {w(minX - T, maxZ, doorL, maxZ + T)}
      {w(doorR, maxZ, maxX + T, maxZ + T)}
    </g>
  )
}

export const FloorPlan = memo(function FloorPlan() {
  return (
    <g aria-hidden="true">
      <rect
        className="map-floor"
        x={FLOOR.minX}
        y={FLOOR.minZ}
        width={FLOOR.maxX - FLOOR.minX}
        height={FLOOR.maxZ - FLOOR.minZ}
      />
      {OBSTACLES.filter((o) => o.kind !== 'plinth').map((o) => (
        <rect
          key={o.id}
          className={`map-${o.kind}`}
          x={o.minX}
          y={o.minZ}
          width={o.maxX - o.minX}
          height={o.maxZ - o.minZ}
        />
      ))}
      {STATIONS.map((s) => (
        <g key={s.id} className="map-station">
          <circle cx={s.position.x} cy={s.position.z} r={s.platformRadius} />
          <text x={s.position.x} y={s.position.z + LABEL_M / 3} fontSize={LABEL_M}>
            {s.name}
          </text>
        </g>
      ))}
      <text className="map-label" x={RECEPTION.x} y={RECEPTION.z + 1.6} fontSize={LABEL_M}>
        Reception
      </text>
      <text
        className="map-label"
        x={MEETING_CORNER.x}
        y={MEETING_CORNER.z + 2.2}
        fontSize={LABEL_M}
      >
        Meeting corner
      </text>
      <text className="map-label" x={ENTRANCE.x} y={FLOOR.maxZ + 1.15} fontSize={LABEL_M}>
        Entrance
      </text>
      <Walls />
    </g>
  )
})
