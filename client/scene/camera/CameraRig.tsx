/**
 * Third-person camera: orbit (drag), zoom (wheel or pinch) around the local avatar, and follow
 * it as it walks by moving camera and target together.
 */
import { OrbitControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { PerspectiveCamera } from 'three'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { localPlayer } from '../player/localPlayer'
import { cameraRig } from './cameraRig'

/** Eye height the camera looks at: the avatar's shoulders. */
const LOOK_HEIGHT_M = 1.3
export const CAMERA_OFFSET = { back: 7.5, up: 4.2 } as const
/** The Canvas's lens (vertical field of view, degrees) on a landscape screen. */
const LANDSCAPE_FOV = 50
/** A portrait screen (a phone) sees a narrow slice: a wider lens and a step back show the hall. */
const PORTRAIT = { fov: 65, stepBack: 1.4 } as const

export function CameraRig({ reducedMotion }: { reducedMotion: boolean }) {
  const controls = useRef<OrbitControlsImpl>(null)
  const camera = useThree((s) => s.camera)
  const portrait = useThree((s) => s.size.width < s.size.height)

  useEffect(() => {
    const k = portrait ? PORTRAIT.stepBack : 1
    cameraRig.attach(camera, () => controls.current, LOOK_HEIGHT_M)
    camera.position.set(localPlayer.x, CAMERA_OFFSET.up * k, localPlayer.z + CAMERA_OFFSET.back * k)
    if (camera instanceof PerspectiveCamera) {
      camera.fov = portrait ? PORTRAIT.fov : LANDSCAPE_FOV
      camera.updateProjectionMatrix()
    }
    return () => cameraRig.detach()
  }, [camera, portrait])

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
