/** The 3D showroom: the office, the stations with their robots, the people, and the camera. */
import { Canvas, useFrame } from '@react-three/fiber'
import { Suspense, useEffect } from 'react'
import { AvatarCrowd } from './avatars/AvatarCrowd'
import { CameraRig } from './camera/CameraRig'
import { Lighting } from './environment/Lighting'
import { FrameLoop } from './FrameLoop'
import { Office } from './office/Office'
import { StationsLayer } from './StationsLayer'
import { useView } from './viewStore'
import { WalkFloor } from './WalkFloor'
import { DebugHandle } from './DebugHandle'

function FirstFrame() {
  useFrame(() => {
    if (!useView.getState().firstFrame) useView.setState({ firstFrame: true })
  })
  return null
}

export interface ShowroomSceneProps {
  reducedMotion: boolean
}

export default function ShowroomScene({ reducedMotion }: ShowroomSceneProps) {
  useEffect(() => useView.setState({ reducedMotion }), [reducedMotion])
  return (
    <Canvas
      shadows
      dpr={[1, 1.5]}
      camera={{ fov: 50, near: 0.1, far: 400, position: [0, 5, 20] }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      aria-label="The StormPeak showroom in 3D"
    >
      <Suspense fallback={null}>
        <Lighting />
        <Office />
        <StationsLayer />
        <AvatarCrowd />
        <FirstFrame />
      </Suspense>
      <WalkFloor />
      <CameraRig reducedMotion={reducedMotion} />
      <FrameLoop />
      <DebugHandle />
    </Canvas>
  )
}
