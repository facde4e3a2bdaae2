/**
 * Office dressing that has no collision: where the plants, light panels, windows and lounge seats
 * go. Everything is derived from the floor plan (shared/showroom.ts) so the dressing follows it.
 */
import { ENTRANCE, FLOOR, MEETING_CORNER, OBSTACLES, RECEPTION } from '../../../shared/showroom'

export function obstacle(id: string) {
  const o = OBSTACLES.find((b) => b.id === id)
  if (!o) throw new Error(`The floor plan has no obstacle "${id}"`)
  return o
}

export const ENTRANCE_GAP_M = 3.2 // wide double doorway
export const WINDOW_SILL_M = 0.45 // low sills: the ridge is the view
export const WINDOW_HEAD_M = 3.7
export const WINDOW_MARGIN_M = 1.2 // solid wall at both ends of the north wall
export const WINDOW_BAY_M = 2.8 // mullion spacing
export const PANEL_Y_M = 3.75 // hanging light panels
export const PANEL_SIZE_M = [2.6, 0.06, 0.5] as const

/** Light panels: a loose grid over the hall, away from the walls. */
export const PANELS = [-12, -6, 0, 6, 12].flatMap((x) => [-7, 0, 6].map((z) => ({ x, z })))

/** Planters, in corners and beside the doors and the reception, out of the walking lines. */
export const PLANTS = [
  { x: FLOOR.minX + 0.7, z: FLOOR.minZ + 0.7, tall: true },
  { x: FLOOR.maxX - 0.7, z: FLOOR.minZ + 0.7, tall: true },
  { x: FLOOR.minX + 0.7, z: FLOOR.maxZ - 0.7, tall: true },
  { x: ENTRANCE.x - ENTRANCE_GAP_M / 2 - 0.7, z: FLOOR.maxZ - 0.6, tall: false },
  { x: ENTRANCE.x + ENTRANCE_GAP_M / 2 + 0.7, z: FLOOR.maxZ - 0.6, tall: false },
  { x: RECEPTION.x - RECEPTION.width / 2 - 0.8, z: RECEPTION.z - 0.3, tall: false },
  { x: FLOOR.maxX - 0.6, z: FLOOR.maxZ - 0.6, tall: true },
  { x: FLOOR.minX + 0.6, z: 0, tall: false },
] as const

/** The lounge sofa stands against the east wall of the meeting corner, facing the table. */
export const SOFA = { x: FLOOR.maxX - 0.45, z: MEETING_CORNER.z, length: 2.6, depth: 0.9 } as const
