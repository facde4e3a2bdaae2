/**
 * Keeps the predicted local avatar honest: the server's pose wins when the two drift apart, and
 * whenever the server put us somewhere we never asked to go (a rep placed beside the visitor they
 * accepted), however short the jump, even a turn on the spot.
 */
import { motion } from '../../net/motion'
import { useShowroom } from '../../net/store'
import { RECONCILE_DISTANCE_M, localPlayer, placeLocalPlayer } from './localPlayer'
import { resetPoseSender, wasSentLately } from './poseSender'

/**
 * A server pose this close to one we sent, turned the same way, is our own move coming back:
 * centimetre rounding on the way out, 16-bit positions on the way back, and the server's own
 * collision sweep, which may cut a corner between two sends a few centimetres differently.
 */
const ECHO_NEAR_M = 0.25
const ECHO_TURN_RAD = 0.1

/**
 * What happened this frame: `joined` (the first pose), `placed` (the server moved us itself),
 * `corrected` (our prediction drifted too far from a pose we sent), or nothing.
 */
export type Reconciled = 'joined' | 'placed' | 'corrected' | undefined

let lastSeenT = -1

export function reconcileLocalPlayer(): Reconciled {
  const me = useShowroom.getState().me
  if (!me) return undefined
  const server = motion.latest(me.sessionId)
  if (!server || server.t === lastSeenT) return undefined
  lastSeenT = server.t
  const drift = Math.hypot(server.x - localPlayer.x, server.z - localPlayer.z)
  let kind: Reconciled
  if (!localPlayer.ready) kind = 'joined'
  else if (!wasSentLately(server, ECHO_NEAR_M, ECHO_TURN_RAD)) kind = 'placed'
  else if (drift > RECONCILE_DISTANCE_M) kind = 'corrected'
  if (!kind) return undefined
  placeLocalPlayer(server.x, server.z, server.ry)
  resetPoseSender(server.x, server.z, server.ry)
  return kind
}

/** Forgets the last pose seen (a test, or a fresh start). */
export function resetReconcile(): void {
  lastSeenT = -1
}
