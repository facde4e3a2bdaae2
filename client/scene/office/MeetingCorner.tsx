/**
 * The meeting corner behind its glass partition: the table (both drawn on their obstacle boxes),
 * four chairs tucked against the table, a sofa against the east wall and a rug.
 */
import { MEETING_CORNER } from '../../../shared/showroom'
import { PALETTE } from '../palette'
import { box, cyl, merge } from '../robots/parts'
import { SOFA, obstacle } from './layout'
import { GLASS } from './Walls'

const glass = obstacle('meeting-glass')
const table = obstacle('meeting-table')
const POST_EVERY_M = 2.4
const RAIL_H = 0.08
const WOOD = '#d2b48c'
const FABRIC = PALETTE.slateLight

function chair(x: number, z: number, facing: 1 | -1) {
  return [
    box([0.46, 0.07, 0.44], FABRIC, [x, 0.45, z]),
    box([0.46, 0.42, 0.06], FABRIC, [x, 0.7, z - facing * 0.2]),
    cyl(0.025, 0.025, 0.42, PALETTE.metal, [x, 0.21, z], undefined, 8),
    cyl(0.22, 0.22, 0.02, PALETTE.slate, [x, 0.01, z], undefined, 16),
  ]
}

export function meetingGeometry() {
  const gl = glass.maxX - glass.minX
  const gz = (glass.minZ + glass.maxZ) / 2
  const gd = glass.maxZ - glass.minZ
  const posts = Math.max(1, Math.round(gl / POST_EVERY_M))
  const [tx, tz] = [(table.minX + table.maxX) / 2, (table.minZ + table.maxZ) / 2]
  const [tw, td] = [table.maxX - table.minX, table.maxZ - table.minZ]
  const [sx, sz] = [SOFA.x, SOFA.z]
  return merge(
    box([gl, RAIL_H, gd], PALETTE.slate, [(glass.minX + glass.maxX) / 2, RAIL_H / 2, gz]),
    box([gl, RAIL_H, gd], PALETTE.slate, [
      (glass.minX + glass.maxX) / 2,
      glass.height - RAIL_H / 2,
      gz,
    ]),
    ...Array.from({ length: posts + 1 }, (_, i) =>
      box([0.06, glass.height, gd], PALETTE.slate, [
        glass.minX + 0.03 + ((gl - 0.06) * i) / posts,
        glass.height / 2,
        gz,
      ]),
    ),
    box([tw + 2.4, 0.01, td + 2.2], '#cdc4b6', [tx, 0.005, tz]),
    box([tw, 0.05, td], WOOD, [tx, table.height - 0.025, tz]),
    box([0.08, table.height - 0.05, td * 0.7], PALETTE.slate, [
      table.minX + 0.35,
      (table.height - 0.05) / 2,
      tz,
    ]),
    box([0.08, table.height - 0.05, td * 0.7], PALETTE.slate, [
      table.maxX - 0.35,
      (table.height - 0.05) / 2,
      tz,
    ]),
    ...chair(tx - 0.5, table.minZ - 0.2, 1),
    ...chair(tx + 0.5, table.minZ - 0.2, 1),
    ...chair(tx - 0.5, table.maxZ + 0.2, -1),
    ...chair(tx + 0.5, table.maxZ + 0.2, -1),
    box([SOFA.depth, 0.42, SOFA.length], PALETTE.slate, [sx, 0.21, sz]),
    box([0.22, 0.5, SOFA.length], PALETTE.slate, [sx + SOFA.depth / 2 - 0.11, 0.62, sz]),
    box([SOFA.depth - 0.25, 0.12, SOFA.length - 0.3], FABRIC, [sx - 0.1, 0.48, sz]),
    box([SOFA.depth, 0.6, 0.14], PALETTE.slate, [sx, 0.3, sz - SOFA.length / 2 + 0.07]),
    box([SOFA.depth, 0.6, 0.14], PALETTE.slate, [sx, 0.3, sz + SOFA.length / 2 - 0.07]),
    box([0.14, 0.36, 0.4], PALETTE.signal, [sx + 0.18, 0.7, MEETING_CORNER.z + 0.6], [0, 0, 0.2]),
  )
}

export function MeetingGlass() {
  const gl = glass.maxX - glass.minX
  return (
    <mesh
      material={GLASS}
      position={[(glass.minX + glass.maxX) / 2, glass.height / 2, (glass.minZ + glass.maxZ) / 2]}
    >
      <boxGeometry args={[gl, glass.height - 2 * RAIL_H, 0.03]} />
    </mesh>
  )
}
