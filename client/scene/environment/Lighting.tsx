/**
 * The showroom light: a soft sky/ground fill, one sun through the roof lights with soft shadows,
 * and an environment map built once from light panels (no files, no network) so that metal and
 * plastic have some sheen. A pale background and a light haze give the hall depth.
 */
import { Environment, Lightformer } from '@react-three/drei'
import { useLayoutEffect, useMemo, useRef } from 'react'
import type { DirectionalLight } from 'three'
import { FLOOR } from '../../../shared/showroom'
import { PALETTE } from '../palette'

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

  // The environment scene is static: build its children once so it is captured a single time.
  const formers = useMemo(
    () => (
      <>
        <color attach="background" args={['#c9ced6']} />
        {[-6, 0, 6].map((x) => (
          <Lightformer
            key={x}
            form="rect"
            intensity={2.2}
            position={[x, 6, 0]}
            rotation-x={Math.PI / 2}
            scale={[4, 10, 1]}
          />
        ))}
        <Lightformer
          form="rect"
          intensity={1.4}
          color="#ffd2b0"
          position={[0, 2, -9]}
          scale={[20, 3, 1]}
        />
        <Lightformer
          form="rect"
          intensity={1.0}
          color="#dfe8ff"
          position={[0, 2, 9]}
          rotation-y={Math.PI}
          scale={[20, 3, 1]}
        />
        <Lightformer
          form="rect"
          intensity={0.8}
          position={[9, 2, 0]}
          rotation-y={-Math.PI / 2}
          scale={[12, 3, 1]}
        />
        <Lightformer
          form="ring"
          intensity={1.5}
          color={PALETTE.signalSoft}
          position={[-9, 3, 0]}
          rotation-y={Math.PI / 2}
          scale={2}
        />
      </>
    ),
    [],
  )

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
      <Environment resolution={128} frames={1} environmentIntensity={0.7}>
        {formers}
      </Environment>
    </>
  )
}
