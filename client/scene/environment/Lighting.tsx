/**
 * The showroom light: a soft sky/ground fill, one sun through the roof lights with soft shadows,
 * and an environment map built once from light panels (no files, no network) so that metal and
 * plastic have some sheen. A pale background and a light haze give the hall depth.
 */
import { useLayoutEffect, useRef } from 'react'
import type { DirectionalLight } from 'three'
import { FLOOR } from '../../../shared/showroom'
import { StudioEnvironment } from './StudioEnvironment'

const BACKGROUND = '#e9ecf0'
const FOG_NEAR_M = 30 // the hall is 36 m long: only its far end softens
const FOG_FAR_M = 110
/** The sun comes from high in the south-west so shadows fall gently towards the windows. */
const SUN_POSITION = [-9, 22, 12] as const
const SHADOW_MAP_PX = 1024 // cheap enough for software rendering
/** Shadow camera half-extent: covers the whole floor from the sun's side. */
const SHADOW_EXTENT_M = Math.max(FLOOR.maxX - FLOOR.minX, FLOOR.maxZ - FLOOR.minZ) / 2 + 2

export function Lighting() {
  const sun = useRef<DirectionalLight>(null)
  useLayoutEffect(() => {
    // The target must be in the scene graph for its matrix to update; the origin is the hall centre.
    sun.current?.target.updateMatrixWorld()
  }, [])

  return (
    <>
      <color attach="background" args={[BACKGROUND]} />
      <fog attach="fog" args={[BACKGROUND, FOG_NEAR_M, FOG_FAR_M]} />
      <hemisphereLight args={['#f3f6ff', '#d8cdbd', 1.1]} />
      <ambientLight intensity={0.25} />
      <directionalLight
        ref={sun}
        position={SUN_POSITION}
        intensity={2.2}
        color="#fff6ea"
        castShadow
        shadow-mapSize={[SHADOW_MAP_PX, SHADOW_MAP_PX]}
        shadow-camera-left={-SHADOW_EXTENT_M}
        shadow-camera-right={SHADOW_EXTENT_M}
        shadow-camera-top={SHADOW_EXTENT_M}
        shadow-camera-bottom={-SHADOW_EXTENT_M}
        shadow-camera-near={1}
        shadow-camera-far={70}
        shadow-bias={-0.0004}
        shadow-normalBias={0.03}
        shadow-radius={4}
      />
      <StudioEnvironment />
    </>
  )
}
