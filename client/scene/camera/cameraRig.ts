/** The camera follow step, called from the frame loop after the local avatar moved. */
import type { Camera } from 'three'
import type { OrbitControls } from 'three-stdlib'
import { localPlayer } from '../player/localPlayer'

let camera: Camera | undefined
let getControls: () => OrbitControls | null = () => null
let lookHeight = 1.3

export const cameraRig = {
  attach(cam: Camera, controls: () => OrbitControls | null, height: number) {
    camera = cam
    getControls = controls
    lookHeight = height
  },
  detach() {
    camera = undefined
  },
  /** The heading the camera looks along, for camera-relative walking. */
  yaw(): number {
    const controls = getControls()
    if (!camera || !controls) return Math.PI
    return Math.atan2(controls.target.x - camera.position.x, controls.target.z - camera.position.z)
  },
  follow(): void {
    const controls = getControls()
    if (!camera || !controls || !localPlayer.ready) return
    const dx = localPlayer.x - controls.target.x
    const dz = localPlayer.z - controls.target.z
    const dy = lookHeight - controls.target.y
    camera.position.x += dx
    camera.position.z += dz
    camera.position.y += dy
    controls.target.set(localPlayer.x, lookHeight, localPlayer.z)
    controls.update()
  },
}
