/** What the server tells staff, into the staff store (registered on every room; visitors never get these). */
import type { Room } from '@colyseus/sdk'
import type { ChatMsg } from '../../shared/protocolNames'
import { staffActions, type QueueEntry, type StaffConversation } from './staffStore'
import { useShowroom } from './store'

export function wireStaff(room: Room): void {
  room.onMessage('requests', (msg: { requests: QueueEntry[] }) =>
    staffActions.requests(msg.requests),
  )
  room.onMessage('handoff', (msg: Omit<StaffConversation, 'lines' | 'ended'>) => {
    if (msg.visitor.sessionId !== useShowroom.getState().me?.sessionId) staffActions.handoff(msg)
  })
  room.onMessage('handoff-ended', (msg: { handoffId: string }) => staffActions.ended(msg.handoffId))
  room.onMessage('chat', (msg: ChatMsg) =>
    staffActions.line(msg, useShowroom.getState().me?.sessionId),
  )
}
