/**
 * The local avatar, predicted on the client with the same rules the server applies
 * (shared/rules.ts), so walking feels immediate. The server stays the authority: when it puts us
 * somewhere else (a refused move, a rep placed beside a visitor) we go where it says.
 */
import { WALK_SPEED_MPS, headingTowards, normaliseAngle, sweep } from '../../../shared/rules'
import type { Vec2 } from '../../../shared/showroom'

/** Further than this from where the server has us, and we accept the server's word. */
export const RECONCILE_DISTANCE_M = 1.5
/** Close enough to a click target to stop. */
const ARRIVE_M = 0.15
/** How fast the avatar turns to face where it walks (radians per second). */
const TURN_RATE = 10

export const localPlayer = {
  ready: false,
  x: 0,
  z: 0,
  ry: 0,
  speed: 0,
  /** Remaining points of a click-to-walk path, nearest first. */
  path: [] as Vec2[],
}

export function placeLocalPlayer(x: number, z: number, ry: number): void {
  Object.assign(localPlayer, { ready: true, x, z, ry, speed: 0, path: [] })
}

export function walkTo(path: Vec2[]): void {
  localPlayer.path = path.slice()
}

export function stopWalking(): void {
  localPlayer.path = []
}

function turnTowards(current: number, target: number, dt: number): number {
  let d = target - current
  while (d > Math.PI) d -= Math.PI * 2
  while (d < -Math.PI) d += Math.PI * 2
  const step = Math.sign(d) * Math.min(Math.abs(d), TURN_RATE * dt)
  return normaliseAngle(current + step)
}

/**
 * Advances the local avatar by `dt` seconds. `input` is camera-relative; `cameraYaw` is the
 * heading the camera looks along. Keys win over a click path.
 */
export function stepLocalPlayer(
  dt: number,
  input: { forward: number; right: number },
  cameraYaw: number,
): void {
  if (!localPlayer.ready) return
  let dir: Vec2 | undefined
  if (input.forward !== 0 || input.right !== 0) {
    localPlayer.path = []
    const sin = Math.sin(cameraYaw)
    const cos = Math.cos(cameraYaw)
    dir = {
      x: sin * input.forward - cos * input.right,
      z: cos * input.forward + sin * input.right,
    }
  } else if (localPlayer.path.length > 0) {
    const next = localPlayer.path[0]
    const d = Math.hypot(next.x - localPlayer.x, next.z - localPlayer.z)
    if (d < ARRIVE_M) {
      localPlayer.path.shift()
    } else {
      const scale = Math.min(1, d / (WALK_SPEED_MPS * dt))
      dir = { x: ((next.x - localPlayer.x) / d) * scale, z: ((next.z - localPlayer.z) / d) * scale }
    }
  }
  if (!dir) {
    localPlayer.speed = 0
    return
  }
  const from = { x: localPlayer.x, z: localPlayer.z }
  const to = sweep(from, {
    x: from.x + dir.x * WALK_SPEED_MPS * dt,
    z: from.z + dir.z * WALK_SPEED_MPS * dt,
  })
  const moved = Math.hypot(to.x - from.x, to.z - from.z)
  localPlayer.speed = dt > 0 ? moved / dt : 0
  localPlayer.x = to.x
  localPlayer.z = to.z
  if (moved > 1e-4) localPlayer.ry = turnTowards(localPlayer.ry, headingTowards(from, to), dt)
}
