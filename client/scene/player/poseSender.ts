/** Sends the local pose to the server at the patch rate, and only when it changed. */
import { sendMove } from '../../net/send'
import { localPlayer } from './localPlayer'

/** 20 Hz: the server's patch rate; sending faster would only queue up. */
const SEND_INTERVAL_MS = 50
const MIN_MOVE_M = 0.01
const MIN_TURN_RAD = 0.02
/**
 * Poses remembered as sent: the server echoes one of them back unless it moved us itself.
 * Two seconds of walking at 20 Hz, far more than a round trip (and longer at a few fps).
 */
const SENT_HISTORY = 40

let lastSentAt = 0
const last = { x: NaN, z: NaN, ry: NaN }
const sent: { x: number; z: number; ry: number }[] = []

function remember(x: number, z: number, ry: number): void {
  sent.push({ x, z, ry })
  if (sent.length > SENT_HISTORY) sent.shift()
}

export function maybeSendPose(now: number): void {
  if (!localPlayer.ready || now - lastSentAt < SEND_INTERVAL_MS) return
  const moved = Math.hypot(localPlayer.x - last.x, localPlayer.z - last.z)
  const turned = Math.abs(localPlayer.ry - last.ry)
  if (!(moved > MIN_MOVE_M || turned > MIN_TURN_RAD)) return
  const x = Math.round(localPlayer.x * 100) / 100
  const z = Math.round(localPlayer.z * 100) / 100
  if (sendMove(x, z, localPlayer.ry)) {
    Object.assign(last, { x, z, ry: localPlayer.ry })
    remember(x, z, localPlayer.ry)
    lastSentAt = now
  }
}

/** After the server moved us, compare against the new place rather than the old one. */
export function resetPoseSender(x: number, z: number, ry: number): void {
  Object.assign(last, { x, z, ry })
  remember(x, z, ry)
}

const turnBetween = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)))

/** Whether a pose the server reports is one we sent (or one it placed us at and we took). */
export function wasSentLately(
  pose: { x: number; z: number; ry: number },
  nearM: number,
  turnRad: number,
): boolean {
  return sent.some(
    (p) => Math.hypot(p.x - pose.x, p.z - pose.z) <= nearM && turnBetween(p.ry, pose.ry) <= turnRad,
  )
}

/** Forgets what was sent (tests start each case afresh). */
export function forgetSentPoses(): void {
  sent.length = 0
  Object.assign(last, { x: NaN, z: NaN, ry: NaN })
  lastSentAt = 0
}
