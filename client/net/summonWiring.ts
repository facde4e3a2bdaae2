/** The server's summon messages (and chat and errors, which the summon also reads) into the stores. */
import type { Room } from '@colyseus/sdk'
import type { ChatMsg, ErrorMsg, MessageSavedMsg } from '../../shared/protocol'
import { showroomActions, useShowroom } from './store'
import { summonActions, type OfferReason } from './summonStore'

export function wireSummon(room: Room): void {
  room.onMessage(
    'queue',
    (msg: { requestId: string; position: number; etaSeconds: number | null }) =>
      summonActions.queued(msg),
  )
  room.onMessage(
    'handoff',
    (msg: { handoffId: string; rep: { sessionId: string; name: string } }) =>
      summonActions.handoff(msg),
  )
  room.onMessage('rep-reconnecting', (msg: { handoffId: string }) =>
    summonActions.repReconnecting(msg),
  )
  room.onMessage('handoff-ended', (msg: { handoffId: string; outcome: string }) =>
    summonActions.ended(msg),
  )
  room.onMessage('offer-message', (msg: { requestId: string; reason: OfferReason }) =>
    summonActions.offered(msg),
  )
  room.onMessage('summon-cancelled', () => summonActions.cancelled())
  room.onMessage('rating-saved', (msg: { score: number }) => summonActions.rated(msg.score))
  room.onMessage('message-saved', (msg: MessageSavedMsg) => summonActions.saved(msg))
  room.onMessage('chat', (msg: ChatMsg) => {
    showroomActions.addChat(msg)
    summonActions.privateLine(msg, useShowroom.getState().me?.sessionId)
  })
  room.onMessage('error', (msg: ErrorMsg) => {
    // A refusal the open summon card shows inline is not repeated as a notice.
    if (!summonActions.failed(msg)) showroomActions.notify(msg)
  })
}
