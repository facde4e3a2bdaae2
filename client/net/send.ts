/** Typed senders: components call these, never `room.send('string', …)` themselves. */
import type { Inbound, InboundType } from '../../shared/protocol'
import type { StationId } from '../../shared/showroom'
import { activeRoom } from './connection'

export function send<T extends InboundType>(type: T, payload: Inbound<T>): boolean {
  const room = activeRoom()
  if (!room) return false
  room.send(type, payload)
  return true
}

export const sendMove = (x: number, z: number, ry: number) => send('move', { x, z, ry })
export const sendChat = (text: string, channel?: 'nearby' | 'room', to?: string) =>
  send('chat', { text, ...(channel ? { channel } : {}), ...(to ? { to } : {}) })
export const sendTry = (stationId: StationId, mode?: string) =>
  send('try', { stationId, ...(mode ? { mode } : {}) })
export const sendStopDemo = (stationId: StationId) => send('stop-demo', { stationId })

export const sendSummon = (stationId?: StationId) => send('summon', stationId ? { stationId } : {})
export const sendCancelSummon = () => send('cancel-summon', {})
export const sendRate = (handoffId: string, score: number, comment?: string) =>
  send('rate', { handoffId, score, ...(comment ? { comment } : {}) })
export const sendLeaveMessage = (message: Inbound<'leave-message'>) =>
  send('leave-message', message)
export const sendStatus = (state: 'available' | 'away') => send('status', { state })
export const sendAccept = (requestId: string) => send('accept', { requestId })
export const sendEndHandoff = (handoffId: string, outcome: string, notes?: string) =>
  send('end-handoff', { handoffId, outcome, ...(notes ? { notes } : {}) })
