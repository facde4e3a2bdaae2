/**
 * The frame order, in one place (STYLE.md, pattern 5):
 *   0. reconcile with the server → 1. input → 2. local avatar (prediction + collision) →
 *   3. camera follow → 4. send pose.
 * Remote avatars are interpolated by their renderer, which samples the motion buffer at render
 * time (client/net/motion.ts), after this loop has run.
 */
import { useFrame } from '@react-three/fiber'
import { useEffect } from 'react'
import { cameraRig } from './camera/cameraRig'
import { attachKeyboard, readWalkInput } from './player/input'
import { localPlayer, stepLocalPlayer } from './player/localPlayer'
import { maybeSendPose } from './player/poseSender'
import { reconcileLocalPlayer } from './player/reconcile'
import { frameHooks } from './frameHooks'

/** A hidden tab resumes with one big frame: never step more than this at once. */
const MAX_STEP_S = 0.25
const input = { forward: 0, right: 0 }

export function FrameLoop() {
  useEffect(() => attachKeyboard(), [])
  useFrame((_state, delta) => {
    const dt = Math.min(delta, MAX_STEP_S)
    // Put beside a visitor by the server: turn the camera so the rep sees them both.
    if (reconcileLocalPlayer() === 'placed') cameraRig.lookOverShoulder(localPlayer.ry)
    readWalkInput(input)
    for (const hook of frameHooks.beforeStep) hook(dt, input)
    stepLocalPlayer(dt, input, cameraRig.yaw())
    cameraRig.follow()
    maybeSendPose(performance.now())
  })
  return null
}
