/**
 * The room's side of the summon workflow: checks who may send what, turns messages into workflow
 * events for the process's HandoffHub, and takes messages and call-back requests into the CRM.
 */
import type { Client } from '@colyseus/core'
import { randomUUID } from 'node:crypto'
import type { Inbound, MessageSavedMsg } from '../../shared/protocol'
import { isStaffRole } from '../../shared/protocol'
import type { StationId } from '../../shared/showroom'
import type { HandoffHub } from '../handoff/hub'
import { handoffIdFor } from '../handoff/hub'
import type { Identity, Services } from '../services'
import { ClientError } from './messageTable'

/** How soon we promise to answer what a visitor left when nobody could come. */
export const TICKET_DUE_MS = { message: 24 * 3600_000, callback: 2 * 3600_000 } as const

export interface HandoffRoom {
  hub: HandoffHub
  services: Services
  identityOf(client: Client): Identity
  stationOf(sessionId: string): StationId | undefined
  roomId: string
}

function visitorOnly(who: Identity, what: string) {
  if (who.role !== 'visitor' && who.role !== 'kiosk') {
    throw new ClientError('FORBIDDEN', `Only visitors can ${what}.`)
  }
  if (!who.visitorId) throw new ClientError('UNAVAILABLE', 'Visitor identity is not available.')
}

function staffOnly(who: Identity, what: string) {
  if (!isStaffRole(who.role))
    throw new ClientError('FORBIDDEN', `Only StormPeak staff can ${what}.`)
}

export function handoffHandlers(room: HandoffRoom) {
  const { hub } = room
  return {
    summon: (client: Client, msg: Inbound<'summon'>) => {
      const who = room.identityOf(client)
      visitorOnly(who, 'ask for a person')
      return hub.dispatch({
        type: 'summon',
        requestId: randomUUID(),
        visitorSessionId: client.sessionId,
        visitorId: who.visitorId!,
        visitorName: who.name,
        channel: who.role === 'kiosk' ? 'kiosk' : 'web',
        stationId: msg.stationId ?? room.stationOf(client.sessionId),
        topic: msg.topic,
        returning: !!who.returning,
        roomId: room.roomId,
      })
    },
    'cancel-summon': (client: Client) => {
      visitorOnly(room.identityOf(client), 'cancel a request')
      return hub.dispatch({ type: 'cancel', visitorSessionId: client.sessionId })
    },
    rate: (client: Client, msg: Inbound<'rate'>) =>
      hub.dispatch({ type: 'rate', visitorSessionId: client.sessionId, ...msg }),
    status: (client: Client, msg: Inbound<'status'>) => {
      const who = room.identityOf(client)
      staffOnly(who, 'change their availability')
      return hub.dispatch({
        type: 'rep-status',
        repSessionId: client.sessionId,
        repId: who.staffId!,
        name: who.name,
        state: msg.state,
      })
    },
    accept: (client: Client, msg: Inbound<'accept'>) => {
      staffOnly(room.identityOf(client), 'accept requests')
      return hub.dispatch({
        type: 'accept',
        repSessionId: client.sessionId,
        requestId: msg.requestId,
        handoffId: handoffIdFor(msg.requestId),
      })
    },
    'end-handoff': (client: Client, msg: Inbound<'end-handoff'>) => {
      staffOnly(room.identityOf(client), 'end a conversation')
      return hub.dispatch({ type: 'end', repSessionId: client.sessionId, ...msg })
    },
    'leave-message': (client: Client, msg: Inbound<'leave-message'>) =>
      leaveMessage(room, client, msg),
  }
}

async function leaveMessage(room: HandoffRoom, client: Client, msg: Inbound<'leave-message'>) {
  const who = room.identityOf(client)
  visitorOnly(who, 'leave a message')
  const store = room.services.store
  if (!store) throw new ClientError('UNAVAILABLE', 'Messages cannot be saved on this server.')
  const at = (room.services.now ?? Date.now)()
  const dueAt = at + TICKET_DUE_MS[msg.kind]
  const ticket = await store.createTicket({
    visitorId: who.visitorId,
    requestId: msg.requestId ?? null,
    kind: msg.kind,
    name: msg.name,
    email: msg.email ?? null,
    phone: msg.phone ?? null,
    text: msg.text,
    consent: msg.consent,
    at,
    dueAt,
  })
  // Committed above: only now is the visitor told it is saved.
  const saved: MessageSavedMsg = {
    ticketId: ticket.id,
    kind: msg.kind,
    dueAt: new Date(dueAt).toISOString(),
  }
  client.send('message-saved', saved)
}
