/** Keeps the predicted local avatar honest: the server's pose wins when the two drift apart. */
import { motion } from '../../net/motion'
import { useShowroom } from '../../net/store'
import { RECONCILE_DISTANCE_M, localPlayer, placeLocalPlayer } from './localPlayer'
import { resetPoseSender } from './poseSender'

let lastSeenT = -1

export function reconcileLocalPlayer(): void {
  const me = useShowroom.getState().me
  if (!me) return
  const server = motion.latest(me.sessionId)
  if (!server || server.t === lastSeenT) return
  lastSeenT = server.t
  const drift = Math.hypot(server.x - localPlayer.x, server.z - localPlayer.z)
  if (!localPlayer.ready || drift > RECONCILE_DISTANCE_M) {
    placeLocalPlayer(server.x, server.z, server.ry)
    resetPoseSender(server.x, server.z, server.ry)
  }
}
