/** The camera follow step, called from the frame loop after the local avatar moved. */
import type { Camera } from 'three'
import type { OrbitControls } from 'three-stdlib'
import { FLOOR } from '../../../shared/showroom'
import { localPlayer } from '../player/localPlayer'

/** The camera stays this far inside the solid walls, so a wall never fills the view. */
const WALL_MARGIN_M = 0.5
/** South of the hall the wall is cut away (Walls.tsx): the camera may stand on the forecourt. */
const FORECOURT_M = 7
/**
 * Over the shoulder, not straight behind: looking exactly along the avatar's heading would hide
 * whoever it faces behind its back; this angle shows both side by side (radians, ~35°).
 */
const SHOULDER_RAD = 0.6

function insideHall(x: number, z: number): boolean {
  return (
    x >= FLOOR.minX + WALL_MARGIN_M &&
    x <= FLOOR.maxX - WALL_MARGIN_M &&
    z >= FLOOR.minZ + WALL_MARGIN_M &&
    z <= FLOOR.maxZ + FORECOURT_M
  )
}

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
  /**
   * Swings the camera round behind the avatar's shoulder, keeping its distance and height, to look
   * the way the avatar faces: after the server placed a rep beside a visitor, both are in view.
   */
  lookOverShoulder(ry: number): void {
    const controls = getControls()
    if (!camera || !controls) return
    const t = controls.target
    const flat = Math.hypot(camera.position.x - t.x, camera.position.z - t.z)
    const at = (heading: number) => ({
      x: localPlayer.x - Math.sin(heading) * flat,
      z: localPlayer.z - Math.cos(heading) * flat,
    })
    // Either shoulder frames the pair: take the one that leaves the camera inside the hall.
    const left = at(ry + SHOULDER_RAD)
    const spot = insideHall(left.x, left.z) ? left : at(ry - SHOULDER_RAD)
    // Relative to the current target: follow() then carries camera and target to the avatar.
    camera.position.x = t.x + (spot.x - localPlayer.x)
    camera.position.z = t.z + (spot.z - localPlayer.z)
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
