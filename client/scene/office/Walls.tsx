/**
 * The white outer walls: a row of tall windows in the north wall that look onto the ridge, and a
 * cut-away south wall (knee height, with the entrance portal) so the third-person camera, which
 * stands south of a visitor who has just come in, looks into the hall rather than at plaster. One merged mesh for the walls and frames (they do
 * not cast shadows: the hall stays evenly lit) and one for the glass.
 */
import { useMemo } from 'react'
import { MeshStandardMaterial } from 'three'
import {
  ENTRANCE,
  FLOOR,
  WALL_HEIGHT_M as H,
  WALL_THICKNESS_M as T,
} from '../../../shared/showroom'
import { PALETTE } from '../palette'
import { MATTE, box, merge } from '../robots/parts'
import {
  ENTRANCE_GAP_M,
  WINDOW_BAY_M,
  WINDOW_HEAD_M,
  WINDOW_MARGIN_M,
  WINDOW_SILL_M,
} from './layout'

const FRAME = '#3a4762'
const SKIRT_H = 0.1
/** The south wall is cut away to this height (a dollhouse view), see the header. */
export const KNEE_WALL_M = 0.9
const GATEPOST_M = 1.2

/** A wall segment from x0 to x1 (or z0 to z1) between heights y0 and y1. */
const alongX = (
  x0: number,
  x1: number,
  z: number,
  y0: number,
  y1: number,
  color: string = PALETTE.wall,
  depth = T,
) => box([x1 - x0, y1 - y0, depth], color, [(x0 + x1) / 2, (y0 + y1) / 2, z])
const alongZ = (
  z0: number,
  z1: number,
  x: number,
  y0: number,
  y1: number,
  color: string = PALETTE.wall,
  depth = T,
) => box([depth, y1 - y0, z1 - z0], color, [x, (y0 + y1) / 2, (z0 + z1) / 2])

function wallGeometry() {
  const { minX, maxX, minZ, maxZ } = FLOOR
  const [x0, x1] = [minX - T, maxX + T]
  const north = minZ - T / 2
  const south = maxZ + T / 2
  const doorL = ENTRANCE.x - ENTRANCE_GAP_M / 2
  const doorR = ENTRANCE.x + ENTRANCE_GAP_M / 2
  const winL = minX + WINDOW_MARGIN_M
  const winR = maxX - WINDOW_MARGIN_M
  const bays = Math.max(1, Math.round((winR - winL) / WINDOW_BAY_M))
  const bay = (winR - winL) / bays
  const mullions = Array.from({ length: bays + 1 }, (_, i) =>
    alongX(
      winL + i * bay - 0.06,
      winL + i * bay + 0.06,
      north + 0.05,
      WINDOW_SILL_M,
      WINDOW_HEAD_M,
      FRAME,
      0.16,
    ),
  )
  return merge(
    // North: solid ends, a sill band and a head band around the window row.
    alongX(x0, winL, north, 0, H),
    alongX(winR, x1, north, 0, H),
    alongX(winL, winR, north, 0, WINDOW_SILL_M),
    alongX(winL, winR, north, WINDOW_HEAD_M, H),
    alongX(winL, winR, north + 0.05, WINDOW_SILL_M - 0.04, WINDOW_SILL_M, FRAME, 0.2),
    alongX(winL, winR, north + 0.05, WINDOW_HEAD_M, WINDOW_HEAD_M + 0.04, FRAME, 0.2),
    ...mullions,
    // South: cut away to knee height; slate gateposts mark the doorway so the way out reads.
    alongX(x0, doorL, south, 0, KNEE_WALL_M),
    alongX(doorR, x1, south, 0, KNEE_WALL_M),
    alongZ(maxZ - 0.02, maxZ + T + 0.02, doorL + 0.06, 0, GATEPOST_M, FRAME, 0.16),
    alongZ(maxZ - 0.02, maxZ + T + 0.02, doorR - 0.06, 0, GATEPOST_M, FRAME, 0.16),
    // East and west, full depth.
    alongZ(minZ - T, maxZ + T, minX - T / 2, 0, H),
    alongZ(minZ - T, maxZ + T, maxX + T / 2, 0, H),
    // Slate skirting on the inner faces.
    alongX(minX, winL, minZ + 0.01, 0, SKIRT_H, PALETTE.slate, 0.02),
    alongX(winR, maxX, minZ + 0.01, 0, SKIRT_H, PALETTE.slate, 0.02),
    alongX(minX, doorL, maxZ - 0.01, 0, SKIRT_H, PALETTE.slate, 0.02),
    alongX(doorR, maxX, maxZ - 0.01, 0, SKIRT_H, PALETTE.slate, 0.02),
    alongZ(minZ, maxZ, minX + 0.01, 0, SKIRT_H, PALETTE.slate, 0.02),
    alongZ(minZ, maxZ, maxX - 0.01, 0, SKIRT_H, PALETTE.slate, 0.02),
  )
}

function glassGeometry() {
  const winL = FLOOR.minX + WINDOW_MARGIN_M
  const winR = FLOOR.maxX - WINDOW_MARGIN_M
  return alongX(winL, winR, FLOOR.minZ - T / 2, WINDOW_SILL_M, WINDOW_HEAD_M, PALETTE.glass, 0.02)
}

/** Clear glass: mostly the environment's reflection, a hint of blue. */
export const GLASS = new MeshStandardMaterial({
  color: PALETTE.glass,
  transparent: true,
  opacity: 0.12,
  roughness: 0.05,
  metalness: 0.3,
  depthWrite: false,
})

export function Walls() {
  const walls = useMemo(wallGeometry, [])
  const glass = useMemo(glassGeometry, [])
  return (
    <group name="walls">
      <mesh geometry={walls} material={MATTE} receiveShadow />
      <mesh geometry={glass} material={GLASS} />
    </group>
  )
}
