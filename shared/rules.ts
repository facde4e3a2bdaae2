/**
 * Pure rules both sides run: the server decides with them, the client predicts with them.
 * No clock, no randomness, no schema instances: plain numbers in, plain numbers out.
 */
import {
  AVATAR_RADIUS_M,
  FLOOR,
  OBSTACLES,
  STATIONS,
  STATION_INTERACT_RADIUS_M,
  type Obstacle,
  type Station,
  type Vec2,
} from './showroom'

/** A brisk walk: fast enough to cross the hall in ~10 s, slow enough to read signs. */
export const WALK_SPEED_MPS = 3.5
/** Moves bunch up on a jittery network: allow this much over walking speed before calling it a jump. */
const SPEED_TOLERANCE = 1.5
/** Extra metres allowed on any move, for rounding and the first move after a pause. */
const STEP_SLACK_M = 0.5
/** However long a client was silent, one move never covers more than this. */
export const MAX_STEP_M = 4
/** Collision is resolved along the path in slices this long, so a fast move cannot tunnel a wall. */
const SWEEP_SLICE_M = 0.1

export interface Pose extends Vec2 {
  ry: number
}

export type MoveVerdict = { ok: true; pose: Pose } | { ok: false; reason: 'teleport' }

/** How far an avatar may legitimately have walked in `elapsedMs`. */
export function allowedStep(elapsedMs: number): number {
  const walked = (WALK_SPEED_MPS * SPEED_TOLERANCE * Math.max(0, elapsedMs)) / 1000
  return Math.min(walked + STEP_SLACK_M, MAX_STEP_M)
}

/** Keeps a point inside the walls, a body's radius from them. */
export function clampToFloor(p: Vec2, radius = AVATAR_RADIUS_M): Vec2 {
  return {
    x: Math.min(FLOOR.maxX - radius, Math.max(FLOOR.minX + radius, p.x)),
    z: Math.min(FLOOR.maxZ - radius, Math.max(FLOOR.minZ + radius, p.z)),
  }
}

/** Pushes a circle out of a box along the shortest way; returns the point unchanged if clear. */
export function pushOutOfBox(p: Vec2, box: Obstacle, radius = AVATAR_RADIUS_M): Vec2 {
  const nearestX = Math.min(box.maxX, Math.max(box.minX, p.x))
  const nearestZ = Math.min(box.maxZ, Math.max(box.minZ, p.z))
  const dx = p.x - nearestX
  const dz = p.z - nearestZ
  const distSq = dx * dx + dz * dz
  if (distSq >= radius * radius) return p
  if (distSq > 1e-12) {
    const dist = Math.sqrt(distSq)
    return { x: nearestX + (dx / dist) * radius, z: nearestZ + (dz / dist) * radius }
  }
  // The centre is inside the box: leave by the nearest face.
  const exits = [
    { d: p.x - box.minX, to: { x: box.minX - radius, z: p.z } },
    { d: box.maxX - p.x, to: { x: box.maxX + radius, z: p.z } },
    { d: p.z - box.minZ, to: { x: p.x, z: box.minZ - radius } },
    { d: box.maxZ - p.z, to: { x: p.x, z: box.maxZ + radius } },
  ]
  exits.sort((a, b) => a.d - b.d)
  return exits[0].to
}

/** Resolves one point against the walls and every obstacle. */
export function resolveCollisions(p: Vec2, obstacles: readonly Obstacle[] = OBSTACLES): Vec2 {
  let q = clampToFloor(p)
  for (const box of obstacles) q = pushOutOfBox(q, box)
  return clampToFloor(q)
}

/**
 * Walks from `from` towards `to` in short slices, sliding along whatever is in the way.
 * Returns where the walker actually ends up.
 */
export function sweep(from: Vec2, to: Vec2, obstacles: readonly Obstacle[] = OBSTACLES): Vec2 {
  const dist = Math.hypot(to.x - from.x, to.z - from.z)
  const slices = Math.max(1, Math.ceil(dist / SWEEP_SLICE_M))
  let at = from
  for (let i = 1; i <= slices; i++) {
    const target = {
      x: at.x + (to.x - from.x) / slices,
      z: at.z + (to.z - from.z) / slices,
    }
    at = resolveCollisions(target, obstacles)
  }
  return at
}

/** Normalises a heading to [0, 2π). */
export function normaliseAngle(ry: number): number {
  const twoPi = Math.PI * 2
  return ((ry % twoPi) + twoPi) % twoPi
}

/**
 * The server's verdict on a proposed move: a jump further than walking allows is refused;
 * anything else is clamped to the floor and slid along walls and obstacles.
 */
export function judgeMove(current: Pose, proposed: Pose, elapsedMs: number): MoveVerdict {
  const dist = Math.hypot(proposed.x - current.x, proposed.z - current.z)
  if (dist > allowedStep(elapsedMs)) return { ok: false, reason: 'teleport' }
  const at = sweep(current, proposed)
  return { ok: true, pose: { x: at.x, z: at.z, ry: normaliseAngle(proposed.ry) } }
}

export function distance(a: Vec2, b: Vec2): number {
  return Math.hypot(a.x - b.x, a.z - b.z)
}

/** The station whose interaction ring the point stands in, if any (the closest one). */
export function stationNear(p: Vec2, radius = STATION_INTERACT_RADIUS_M): Station | undefined {
  let best: Station | undefined
  let bestDist = radius
  for (const s of STATIONS) {
    const d = distance(p, s.position)
    if (d <= bestDist) {
      best = s
      bestDist = d
    }
  }
  return best
}

/** Heading (radians, three.js convention: 0 faces +z) that looks from `from` to `to`. */
export function headingTowards(from: Vec2, to: Vec2): number {
  return normaliseAngle(Math.atan2(to.x - from.x, to.z - from.z))
}

/** People within this distance hear a nearby chat line: about a large room's width. */
export const CHAT_HEARING_RADIUS_M = 12
