/**
 * Third-person camera: orbit (drag), zoom (wheel or pinch) around the local avatar, and follow
 * it as it walks by moving camera and target together.
 */
import { OrbitControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { localPlayer } from '../player/localPlayer'
import { cameraRig } from './cameraRig'

/** Eye height the camera looks at: the avatar's shoulders. */
const LOOK_HEIGHT_M = 1.3
export const CAMERA_OFFSET = { back: 7.5, up: 4.2 } as const

export function CameraRig({ reducedMotion }: { reducedMotion: boolean }) {
  const controls = useRef<OrbitControlsImpl>(null)
  const camera = useThree((s) => s.camera)

  useEffect(() => {
    cameraRig.attach(camera, () => controls.current, LOOK_HEIGHT_M)
    camera.position.set(localPlayer.x, CAMERA_OFFSET.up, localPlayer.z + CAMERA_OFFSET.back)
    return () => cameraRig.detach()
  }, [camera])

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enablePan={false}
      enableDamping={!reducedMotion}
      minDistance={2.5}
      maxDistance={26}
      maxPolarAngle={1.4}
      minPolarAngle={0.25}
    />
  )
}
