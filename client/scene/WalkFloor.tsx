/**
 * Click or tap the floor to walk there. A drag (orbiting the camera) is not a click: the pointer
 * must come up within a few pixels of where it went down.
 */
import type { ThreeEvent } from '@react-three/fiber'
import { useRef } from 'react'
import { resolveCollisions } from '../../shared/rules'
import { FLOOR } from '../../shared/showroom'
import { walkTo } from './player/localPlayer'
import { planPath } from './player/planPath'
import { stopTour } from './tour/tour'

const CLICK_SLOP_PX = 6
const width = FLOOR.maxX - FLOOR.minX
const depth = FLOOR.maxZ - FLOOR.minZ

export function WalkFloor() {
  const down = useRef<{ x: number; y: number } | null>(null)
  const onDown = (e: ThreeEvent<PointerEvent>) => {
    down.current = { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY }
  }
  const onUp = (e: ThreeEvent<PointerEvent>) => {
    const start = down.current
    down.current = null
    if (!start) return
    if (
      Math.hypot(e.nativeEvent.clientX - start.x, e.nativeEvent.clientY - start.y) > CLICK_SLOP_PX
    )
      return
    e.stopPropagation()
    stopTour() // a tap means the visitor takes over
    const target = resolveCollisions({ x: e.point.x, z: e.point.z })
    walkTo(planPath(target))
  }
  return (
    <mesh
      name="walk-floor"
      rotation-x={-Math.PI / 2}
      position={[(FLOOR.minX + FLOOR.maxX) / 2, 0.005, (FLOOR.minZ + FLOOR.maxZ) / 2]}
      onPointerDown={onDown}
      onPointerUp={onUp}
      visible={false}
    >
      <planeGeometry args={[width, depth]} />
    </mesh>
  )
}
