/**
 * The forecourt outside the entrance, which the third-person camera looks across whenever a
 * visitor stands near the door (and a phone or a portrait kiosk sees a lot of it): warm stone
 * paving with its joints, a pale walkway up to the doors, and low planted beds along the knee
 * wall. One merged geometry, drawn with the office's matte material.
 */
import { PlaneGeometry } from 'three'
import { ENTRANCE, FLOOR, WALL_THICKNESS_M as T } from '../../../shared/showroom'
import { PALETTE } from '../palette'
import { ball, box, merge, paint, place } from '../robots/parts'
import { ENTRANCE_GAP_M } from './layout'

/** How far the forecourt reaches south of the hall (m); beyond it the haze takes over. */
export const PLAZA_DEPTH_M = 16
const JOINT = '#a39b8e'
const WALKWAY = '#e4dfd6'
const BED = '#6c8a5a'
const BED_EDGE = '#dedad2'
const SHRUB = '#5d7f56'
const SHRUB_LIGHT = '#7a9d68'
const SLAB_M = 1.5 // paving slabs
const JOINT_W_M = 0.03
const WALKWAY_W_M = ENTRANCE_GAP_M + 1.2
/** Planted beds run along the knee wall on both sides of the walkway. */
const BED_DEPTH_M = 1.6
const BED_GAP_M = 0.5 // paving between the wall and the bed
const SHRUB_EVERY_M = 2.2

export function plazaGeometry() {
  const z0 = FLOOR.maxZ + T
  const width = FLOOR.maxX - FLOOR.minX + 2 * T + 2 * PLAZA_DEPTH_M
  const cx = (FLOOR.minX + FLOOR.maxX) / 2
  const cz = z0 + PLAZA_DEPTH_M / 2
  const parts = [
    paint(
      new PlaneGeometry(width, PLAZA_DEPTH_M),
      PALETTE.plaza,
      place([cx, -0.01, cz], [-Math.PI / 2, 0, 0]),
    ),
    box([WALKWAY_W_M, 0.004, PLAZA_DEPTH_M], WALKWAY, [ENTRANCE.x, -0.006, cz]),
  ]
  for (let x = Math.ceil((cx - width / 2) / SLAB_M) * SLAB_M; x < cx + width / 2; x += SLAB_M) {
    parts.push(box([JOINT_W_M, 0.002, PLAZA_DEPTH_M], JOINT, [x, -0.007, cz]))
  }
  for (let z = z0 + SLAB_M; z < z0 + PLAZA_DEPTH_M; z += SLAB_M) {
    parts.push(box([width, 0.002, JOINT_W_M], JOINT, [cx, -0.007, z]))
  }
  const bedZ = z0 + BED_GAP_M + BED_DEPTH_M / 2
  for (const side of [-1, 1] as const) {
    const inner = ENTRANCE.x + side * (WALKWAY_W_M / 2 + 0.6)
    const outer = side < 0 ? FLOOR.minX + 0.5 : FLOOR.maxX - 0.5
    const [a, b] = side < 0 ? [outer, inner] : [inner, outer]
    parts.push(
      box([b - a + 0.16, 0.14, BED_DEPTH_M + 0.16], BED_EDGE, [(a + b) / 2, 0.07, bedZ]),
      box([b - a, 0.02, BED_DEPTH_M], BED, [(a + b) / 2, 0.15, bedZ]),
    )
    for (let x = a + 0.7, i = 0; x < b - 0.5; x += SHRUB_EVERY_M, i++) {
      const colour = i % 2 ? SHRUB_LIGHT : SHRUB
      parts.push(ball(0.5, colour, [x, 0.42, bedZ + (i % 2 ? 0.2 : -0.2)], [1.2, 0.75, 1]))
    }
  }
  return merge(...parts)
}
