/**
 * Geometry and per-frame posing of the avatar body, shared by every avatar instance.
 * Units are metres; the body is 1.75 m tall, standing on y = 0.
 */
import {
  CapsuleGeometry,
  CylinderGeometry,
  Matrix4,
  Object3D,
  SphereGeometry,
  BoxGeometry,
} from 'three'

export const HIP_HEIGHT_M = 0.8
/** Stride frequency per metre walked: a stride about 1.4 m long. */
const STRIDES_PER_M = 0.72
/** How far a leg swings at full walking speed (radians). */
const LEG_SWING_RAD = 0.55

export const geometries = {
  torso: new CapsuleGeometry(0.23, 0.5, 4, 12).translate(0, 1.2, 0),
  head: new SphereGeometry(0.16, 16, 12).translate(0, 1.66, 0),
  // Legs hang from the hip: the pivot is at the top of the cylinder.
  leg: new CylinderGeometry(0.075, 0.065, HIP_HEIGHT_M, 8).translate(0, -HIP_HEIGHT_M / 2, 0),
  badge: new BoxGeometry(0.11, 0.13, 0.03).translate(0.1, 1.33, 0.225),
}

export interface AvatarPose {
  x: number
  z: number
  ry: number
  /** Distance walked so far (metres): the phase of the stride. */
  walked: number
  speed: number
}

const dummy = new Object3D()
const hip = new Matrix4()
const swingRot = new Matrix4()

/** Matrix of the body (torso, head, badge) for a pose, with a small bob while walking. */
export function bodyMatrix(p: AvatarPose, out: Matrix4, still = false): Matrix4 {
  const bob = still
    ? 0
    : Math.abs(Math.sin(p.walked * STRIDES_PER_M * Math.PI)) * 0.04 * Math.min(1, p.speed)
  dummy.position.set(p.x, bob, p.z)
  dummy.rotation.set(0, p.ry, 0)
  dummy.scale.set(1, 1, 1)
  dummy.updateMatrix()
  return out.copy(dummy.matrix)
}

/** Matrix of one leg (side −1 left, +1 right), swinging opposite to the other. */
export function legMatrix(p: AvatarPose, side: -1 | 1, out: Matrix4): Matrix4 {
  const swing =
    Math.sin(p.walked * STRIDES_PER_M * Math.PI) * LEG_SWING_RAD * Math.min(1, p.speed / 2) * side
  dummy.position.set(p.x, HIP_HEIGHT_M, p.z)
  dummy.rotation.set(0, p.ry, 0)
  dummy.scale.set(1, 1, 1)
  dummy.updateMatrix()
  hip.makeTranslation(0.11 * side, 0, 0)
  swingRot.makeRotationX(swing)
  return out.copy(dummy.matrix).multiply(hip).multiply(swingRot)
}

/** A zero matrix hides an instance (used for the badge of visitors). */
export const HIDDEN = new Matrix4().makeScale(0, 0, 0)
