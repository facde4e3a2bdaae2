/**
 * The handoff workflow's state, events and effects: plain data, no classes, no clock. The room
 * turns client messages and lifecycle callbacks into events; `next` (workflow.ts) answers with the
 * new state and the effects for the room and the CRM store to carry out, in order.
 */
import type { Channel } from '../crm/types'
import type { QueueMsg, SendEffect, StaffRequestsMsg } from './messages'

export interface WorkflowConfig {
  /** A request waiting longer than this (ms) turns missed and the visitor is offered a message. */
  answerTargetMs: number
  /** A visitor who drops keeps their request or handoff this long (ms) to come back. */
  reconnectWindowMs: number
  /** An ended handoff can be rated for this long (ms); after that it is forgotten here. */
  ratingWindowMs: number
  /** A rep whose session left mid-conversation may come back as a new session this long (ms). */
  repReturnMs: number
}

/** A summon still waiting in this process. */
export interface WaitingRequest {
  requestId: string
  visitorSessionId: string
  visitorId: string
  visitorName: string
  channel: Channel
  stationId: string | null
  topic: string | null
  returning: boolean
  /** The visitor's past in one line for the queue, loaded by the hub before the summon. */
  history: string
  requestedAt: number
  /** A rep here asked the store for it; the store's answer comes as `accepted` / `accept-failed`. */
  claim: { repSessionId: string; handoffId: string } | null
  /** When the visitor's connection dropped; null while connected. */
  disconnectedAt: number | null
  /** What the visitor was last told, to send `queue` only when it changes. */
  lastSent: QueueMsg | null
}

export interface Handoff {
  handoffId: string
  requestId: string
  visitorSessionId: string
  visitorId: string
  visitorName: string
  repSessionId: string
  repId: string
  repName: string
  status: 'active' | 'ended'
  acceptedAt: number
  endedAt: number | null
  outcome: string | null
  rated: boolean
  visitorDisconnectedAt: number | null
}

export type RepAvailability = 'available' | 'away' | 'busy'

export interface Rep {
  repSessionId: string
  repId: string
  name: string
  state: RepAvailability
  /** What the rep chose with `status`; they return to it when their handoff ends. */
  chosen: 'available' | 'away'
  /** The active handoff (state is 'busy' exactly when this is set). */
  handoffId: string | null
  /** The request this rep is accepting, while the store decides. */
  claiming: string | null
  /**
   * When this session left with a conversation open (a page reload is a new session): the
   * conversation waits for the same staff account to come back until repReturnMs has passed.
   * Null while connected.
   */
  leftAt: number | null
}

export interface WorkflowState {
  config: WorkflowConfig
  /** Waiting requests by requestId. */
  requests: Record<string, WaitingRequest>
  /** Active handoffs, and ended ones still open to a rating, by handoffId. */
  handoffs: Record<string, Handoff>
  /** Staff sessions by sessionId: only these may accept or end. */
  reps: Record<string, Rep>
  /** Accept → end of the latest conversations here, newest first (for the ETA). */
  recentHandlingMs: number[]
  /** The request ids of the last `requests` broadcast, in order. */
  staffQueue: string[]
}

export type WorkflowEvent =
  | {
      type: 'summon'
      requestId: string
      visitorSessionId: string
      visitorId: string
      visitorName: string
      channel: Channel
      stationId?: string
      topic?: string
      returning: boolean
      /** One line of the visitor's past, from the store (the hub loads it; the reducer stays pure). */
      history?: string
      /** The room instance the visitor is in, so a rep elsewhere can follow (hub.ts). */
      roomId?: string
    }
  | { type: 'cancel'; visitorSessionId: string }
  /** `final`: the visitor left on purpose; otherwise they may rebound within the window. */
  | { type: 'visitor-left'; visitorSessionId: string; final?: boolean }
  /** The room verified `visitorId` (signed token) for the new session. */
  | {
      type: 'visitor-rebound'
      oldSessionId: string
      newSessionId: string
      visitorId: string
      roomId?: string
    }
  | {
      type: 'rep-status'
      repSessionId: string
      repId: string
      name: string
      state: 'available' | 'away'
    }
  /** Without `final`, a rep in a conversation is held for the return window (see tick). */
  | { type: 'rep-left'; repSessionId: string; final?: boolean }
  /** A new session of a staff account (the room verified `repId`): a rep who left may be back. */
  | { type: 'rep-returned'; repId: string; newSessionId: string }
  /** The rep's client followed their visitor into another room instance: same rep, new session. */
  | { type: 'rep-rebound'; oldSessionId: string; newSessionId: string }
  | { type: 'accept'; repSessionId: string; requestId: string; handoffId: string }
  /** Decided by the store: a local claim won, or another process announced its accept. */
  | {
      type: 'accepted'
      requestId: string
      handoffId: string
      repSessionId: string
      repId: string
      repName: string
      /** Needed only when the request is not waiting in this process. */
      visitor?: { sessionId: string; visitorId: string; name: string }
    }
  | { type: 'accept-failed'; requestId: string; repSessionId: string; reason: 'taken' | 'gone' }
  | { type: 'end'; repSessionId: string; handoffId: string; outcome: string; notes?: string }
  | { type: 'rate'; visitorSessionId: string; handoffId: string; score: number; comment?: string }
  | { type: 'tick' }

export type WorkflowEventType = WorkflowEvent['type']
export type EventOf<T extends WorkflowEventType> = Extract<WorkflowEvent, { type: T }>

/** Store writes, in the order they must be committed. Times are epoch ms. */
export type WorkflowRecord =
  | {
      type: 'request-created'
      requestId: string
      visitorId: string
      visitorName: string
      channel: Channel
      stationId: string | null
      topic: string | null
      returning: boolean
      priority: number
      at: number
    }
  | {
      type: 'request-cancelled'
      requestId: string
      reason: 'cancelled' | 'visitor-left'
      at: number
    }
  | { type: 'request-missed'; requestId: string; at: number }
  | { type: 'handoff-ended'; handoffId: string; outcome: string; notes: string | null; at: number }
  | { type: 'handoff-rated'; handoffId: string; score: number; comment: string | null; at: number }
  | { type: 'staff-status'; repId: string; state: RepAvailability | 'offline'; at: number }

export type Effect =
  | { kind: 'record'; record: WorkflowRecord }
  /** Ask the store's conditional update; dispatch `accepted` or `accept-failed` with its answer. */
  | {
      kind: 'claim'
      requestId: string
      handoffId: string
      repId: string
      repSessionId: string
      at: number
    }
  | SendEffect
  | { kind: 'broadcast-staff'; type: 'requests'; payload: StaffRequestsMsg }
  | { kind: 'place-rep'; repSessionId: string; beside: string }

export interface Transition {
  state: WorkflowState
  effects: Effect[]
}
