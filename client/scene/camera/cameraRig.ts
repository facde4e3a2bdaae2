/** The camera follow step, called from the frame loop after the local avatar moved. */
import type { Camera } from 'three'
import type { OrbitControls } from 'three-stdlib'
import { FLOOR } from '../../../shared/showroom'
import { localPlayer } from '../player/localPlayer'

/** The camera stays this far inside the solid walls, so a wall never fills the view. */
const WALL_MARGIN_M = 0.5
/** South of the hall the wall is cut away (Walls.tsx): the camera may stand on the forecourt. */
const FORECOURT_M = 7

function keepInsideHall(cam: Camera): void {
  const p = cam.position
  p.x = Math.min(FLOOR.maxX - WALL_MARGIN_M, Math.max(FLOOR.minX + WALL_MARGIN_M, p.x))
  p.z = Math.min(FLOOR.maxZ + FORECOURT_M, Math.max(FLOOR.minZ + WALL_MARGIN_M, p.z))
}

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
    // After orbiting or walking near a wall: slide the camera back inside; OrbitControls reads
    // the corrected position on its next update, so the view simply looks down more steeply.
    keepInsideHall(camera)
    camera.lookAt(controls.target)
  },
}
