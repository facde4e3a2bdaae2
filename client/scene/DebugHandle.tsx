/**
 * Exposes a read-only window.__stormpeak handle: renderer figures for the benchmark and the
 * local avatar for end-to-end tests. Nothing personal is in it.
 */
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Vector3 } from 'three'
import { motion } from '../net/motion'
import { useShowroom } from '../net/store'
import { localPlayer, walkTo } from './player/localPlayer'
import { useView } from './viewStore'
import { planPath } from './player/planPath'
import { demoClocks } from './robots/robotFrame'

declare global {
  interface Window {
    __stormpeak?: Record<string, unknown>
  }
}

/** When the first frame with the scene was drawn, in ms since navigation started. */
let firstFrameAt: number | undefined
useView.subscribe((v) => {
  if (v.firstFrame && firstFrameAt === undefined) firstFrameAt = performance.now()
})

export function DebugHandle() {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const controls = useThree((s) => s.controls)
  useEffect(() => {
    const ndc = new Vector3()
    window.__stormpeak = {
      ...window.__stormpeak,
      renderInfo: () => ({ ...gl.info.render, programs: gl.info.programs?.length ?? 0 }),
      localPlayer: () => ({ ...localPlayer, path: undefined }),
      walkTo: (x: number, z: number) => walkTo(planPath({ x, z })),
      ready: () => useView.getState().firstFrame && useShowroom.getState().status === 'online',
      members: () => useShowroom.getState().members,
      /** Which stations run a demo, and who drives (public room state). */
      demos: () => useShowroom.getState().demos,
      /** A robot's demo clock at its last frame, with the server time it was drawn at. */
      demoTime: (stationId: string) => {
        const clock = demoClocks.get(stationId)
        return clock && { t: clock.t, serverNow: clock.drawnAt, shared: clock.shared }
      },
      /** The guided tour's stop and caption, if one is running. */
      tour: () => useView.getState().tour,
      /** The scene honours prefers-reduced-motion (no breathing, bobbing or blinking). */
      reducedMotion: () => useView.getState().reducedMotion,
      /** The last pose the server sent for the first avatar with this name. */
      poseOf: (name: string) => {
        const members = useShowroom.getState().members
        const id = Object.keys(members).find((k) => members[k].name === name)
        return id ? motion.latest(id) : undefined
      },
      /** Where a floor point appears in the page, in CSS pixels (for tests that click the floor). */
      screenOf: (x: number, z: number) => {
        const v = new Vector3(x, 0, z).project(camera)
        const r = gl.domElement.getBoundingClientRect()
        return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height }
      },
      /** The orbit camera: its distance from the avatar it follows (zoom) and its heading (orbit). */
      camera: () => {
        const target = (controls as { target?: Vector3 } | null)?.target
        if (!target) return undefined
        return {
          distance: camera.position.distanceTo(target),
          yaw: Math.atan2(target.x - camera.position.x, target.z - camera.position.z),
        }
      },
      /** Time to the first rendered frame of the scene (ms since navigation), once drawn. */
      firstFrameMs: () => firstFrameAt,
      /** How many avatars (latest server pose, at chest height) fall inside the camera's view. */
      avatarsOnScreen: () => {
        let n = 0
        for (const id of Object.keys(useShowroom.getState().members)) {
          const p = motion.latest(id)
          if (!p) continue
          ndc.set(p.x, 1.2, p.z).project(camera)
          if (Math.abs(ndc.x) <= 1 && Math.abs(ndc.y) <= 1 && ndc.z < 1) n++
        }
        return n
      },
    }
  }, [gl, camera, controls])
  return null
}
