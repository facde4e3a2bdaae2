/** Routes a chat line: private to one person, to the whole room (staff announcements), or nearby. */
import type { Client, Room } from '@colyseus/core'
import type { ChatMsg, Inbound } from '../../shared/protocol'
import { isStaffRole } from '../../shared/protocol'
import type { ShowroomState } from '../../shared/state'
import { nearbyListeners } from '../showroom/chat'
import { ClientError } from './messageTable'

type ShowroomLike = Room<{ state: ShowroomState }>

/** Told of every private line, so a handoff's conversation can be kept as its transcript. */
export type PrivateLineListener = (from: string, to: string, text: string) => void

export function chatHandler(
  room: ShowroomLike,
  client: Client,
  msg: Inbound<'chat'>,
  onPrivate?: PrivateLineListener,
): void {
  const me = room.state.avatars.get(client.sessionId)
  if (!me) return
  const base = {
    from: client.sessionId,
    name: me.name,
    text: msg.text,
    at: new Date().toISOString(),
  }
  if (msg.to) {
    const target = room.clients.getById(msg.to)
    if (!target) throw new ClientError('NOT_FOUND', 'That person is not in this room any more.')
    const line: ChatMsg = { ...base, private: true, channel: 'private' }
    target.send('chat', line)
    if (target !== client) client.send('chat', line)
    onPrivate?.(client.sessionId, msg.to, msg.text)
    return
  }
  if (msg.channel === 'room') {
    if (!isStaffRole(me.role)) {
      throw new ClientError('FORBIDDEN', 'Only StormPeak staff can make room-wide announcements.')
    }
    room.broadcast('chat', { ...base, private: false, channel: 'room' } satisfies ChatMsg)
    return
  }
  const everyone = [...room.state.avatars.entries()].map(([sessionId, a]) => ({
    sessionId,
    x: a.x,
    z: a.z,
  }))
  const line: ChatMsg = { ...base, private: false, channel: 'nearby' }
  for (const id of nearbyListeners(me, everyone)) room.clients.getById(id)?.send('chat', line)
}
