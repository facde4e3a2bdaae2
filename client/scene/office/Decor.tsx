/**
 * Warmth without collision: planters in the corners and by the doors, slim light panels hanging
 * over the hall, and the concrete floor's seams and the entrance mat.
 */
import { useMemo } from 'react'
import { MeshStandardMaterial } from 'three'
import { ENTRANCE, FLOOR } from '../../../shared/showroom'
import { PALETTE } from '../palette'
import { ball, box, cyl, merge } from '../robots/parts'
import { ENTRANCE_GAP_M, PANELS, PANEL_SIZE_M, PANEL_Y_M, PLANTS } from './layout'

const LEAF = '#5d7f56'
const LEAF_LIGHT = '#7a9d68'
const SEAM = '#c9c3b9'
const SLAB_M = 3 // concrete slab size: seams every 3 m

export function plantGeometry() {
  return merge(
    ...PLANTS.flatMap(({ x, z, tall }) => {
      const potH = tall ? 0.6 : 0.42
      const leaves = tall
        ? [
            ball(0.42, LEAF, [x, potH + 0.45, z], [1, 1.3, 1]),
            ball(0.32, LEAF_LIGHT, [x + 0.12, potH + 1.0, z - 0.05], [1, 1.3, 1]),
            ball(0.22, LEAF, [x - 0.08, potH + 1.4, z + 0.05], [1, 1.4, 1]),
          ]
        : [
            ball(0.36, LEAF, [x, potH + 0.25, z], [1.1, 0.9, 1.1]),
            ball(0.24, LEAF_LIGHT, [x + 0.1, potH + 0.5, z], [1, 1, 1]),
          ]
      return [cyl(0.28, 0.22, potH, PALETTE.plastic, [x, potH / 2, z], undefined, 20), ...leaves]
    }),
  )
}

export function floorMarksGeometry() {
  const { minX, maxX, minZ, maxZ } = FLOOR
  const seams = []
  for (let x = Math.ceil(minX / SLAB_M) * SLAB_M; x < maxX; x += SLAB_M)
    seams.push(box([0.012, 0.002, maxZ - minZ], SEAM, [x, 0.001, (minZ + maxZ) / 2]))
  for (let z = Math.ceil(minZ / SLAB_M) * SLAB_M; z < maxZ; z += SLAB_M)
    seams.push(box([maxX - minX, 0.002, 0.012], SEAM, [(minX + maxX) / 2, 0.001, z]))
  return merge(
    ...seams,
    box([ENTRANCE_GAP_M, 0.008, 1.6], PALETTE.slate, [ENTRANCE.x, 0.004, maxZ - 0.8]),
    box([ENTRANCE_GAP_M, 0.009, 0.06], PALETTE.signal, [ENTRANCE.x, 0.0045, maxZ - 1.57]),
  )
}

const PANEL_MAT = new MeshStandardMaterial({
  color: '#ffffff',
  emissive: '#fff6e8',
  emissiveIntensity: 1.4,
  roughness: 0.4,
})

export function LightPanels() {
  const geo = useMemo(
    () => merge(...PANELS.map(({ x, z }) => box(PANEL_SIZE_M, '#ffffff', [x, PANEL_Y_M, z]))),
    [],
  )
  return <mesh name="light-panels" geometry={geo} material={PANEL_MAT} />
}
