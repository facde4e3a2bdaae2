/** Sends the local pose to the server at the patch rate, and only when it changed. */
import { sendMove } from '../../net/send'
import { localPlayer } from './localPlayer'

/** 20 Hz: the server's patch rate; sending faster would only queue up. */
const SEND_INTERVAL_MS = 50
const MIN_MOVE_M = 0.01
const MIN_TURN_RAD = 0.02

let lastSentAt = 0
const last = { x: NaN, z: NaN, ry: NaN }

export function maybeSendPose(now: number): void {
  if (!localPlayer.ready || now - lastSentAt < SEND_INTERVAL_MS) return
  const moved = Math.hypot(localPlayer.x - last.x, localPlayer.z - last.z)
  const turned = Math.abs(localPlayer.ry - last.ry)
  if (!(moved > MIN_MOVE_M || turned > MIN_TURN_RAD)) return
  const x = Math.round(localPlayer.x * 100) / 100
  const z = Math.round(localPlayer.z * 100) / 100
  if (sendMove(x, z, localPlayer.ry)) {
    Object.assign(last, { x, z, ry: localPlayer.ry })
    lastSentAt = now
  }
}

/** After the server moved us, compare against the new place rather than the old one. */
export function resetPoseSender(x: number, z: number, ry: number): void {
  Object.assign(last, { x, z, ry })
}
