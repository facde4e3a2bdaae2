/**
 * The summon → queue → accept → conversation → outcome → rating workflow as a reducer:
 * `next(state, event, now)` → `{ state, effects }`. Pure: no I/O, no clock (`now` is epoch ms from
 * the room's clock), no randomness (ids come in the events). The caller's state is never changed.
 *
 * The room carries out the effects in order: `record` is a store write that must be committed
 * before any later `send` (that is what makes an acknowledgement mean "saved"); `claim` asks the
 * store's conditional accept and feeds the answer back as `accepted` / `accept-failed`; `send` and
 * `broadcast-staff` are messages; `place-rep` moves the rep's avatar beside the visitor.
 * The room dispatches `tick` about once a second.
 */
import type { Ctx } from './context'
import { syncQueue } from './queue'
import { accept, acceptFailed, accepted } from './accept'
import { end, repLeft, repRebound, repReturned, repStatus } from './rep'
import { tick } from './tick'
import type {
  EventOf,
  Transition,
  WorkflowConfig,
  WorkflowEvent,
  WorkflowEventType,
  WorkflowState,
} from './types'
import { cancel, rate, summon, visitorLeft, visitorRebound } from './visitor'

export const DEFAULT_CONFIG: WorkflowConfig = {
  answerTargetMs: 60_000, // the promise: a person within a minute, or an offer to leave a message
  reconnectWindowMs: 30_000, // long enough for a page reload or a phone switching networks
  ratingWindowMs: 30 * 60_000, // a visitor rates right after the conversation, or not at all
  repReturnMs: 30_000, // a rep's page reload, like a visitor's, is a new session a few seconds on
}

/** An empty workflow; `recentHandlingMs` (newest first) seeds the ETA from the store. */
export function initialState(
  config: Partial<WorkflowConfig> = {},
  recentHandlingMs: readonly number[] = [],
): WorkflowState {
  return {
    config: { ...DEFAULT_CONFIG, ...config },
    requests: {},
    handoffs: {},
    reps: {},
    recentHandlingMs: [...recentHandlingMs],
    staffQueue: [],
  }
}

type Handlers = { [T in WorkflowEventType]: (ctx: Ctx, e: EventOf<T>) => void }

const HANDLERS: Handlers = {
  summon,
  cancel,
  'visitor-left': visitorLeft,
  'visitor-rebound': visitorRebound,
  'rep-status': repStatus,
  'rep-left': repLeft,
  'rep-rebound': repRebound,
  'rep-returned': repReturned,
  accept,
  accepted,
  'accept-failed': acceptFailed,
  end,
  rate,
  tick,
}

export function next(state: WorkflowState, event: WorkflowEvent, now: number): Transition {
  const ctx: Ctx = { state: structuredClone(state), now, effects: [], forceQueue: new Set() }
  const handler = HANDLERS[event.type] as (ctx: Ctx, e: WorkflowEvent) => void
  handler(ctx, event)
  syncQueue(ctx)
  return { state: ctx.state, effects: ctx.effects }
}

/** The session of a visitor's waiting request or conversation, to rebind after a reconnect. */
export function findVisitorSession(state: WorkflowState, visitorId: string): string | null {
  const req = Object.values(state.requests).find((r) => r.visitorId === visitorId)
  if (req) return req.visitorSessionId
  const h = Object.values(state.handoffs).find((x) => x.visitorId === visitorId)
  return h ? h.visitorSessionId : null
}
