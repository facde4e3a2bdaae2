/**
 * The working context of one transition and the small helpers every handler shares. A handler
 * changes `ctx.state` (a private copy made by `next`, never the caller's object) and appends to
 * `ctx.effects`; nothing here touches the outside world.
 */
import type { ErrorCode } from '../../shared/protocol'
import type { HandoffOutbound, SendEffect } from './messages'
import type { Effect, Handoff, RepAvailability, WorkflowRecord, WorkflowState } from './types'

export interface Ctx {
  state: WorkflowState
  now: number
  effects: Effect[]
  /** Requests whose visitor must be sent `queue` even if nothing changed. */
  forceQueue: Set<string>
}

/** How many recent handling times are kept for the ETA. */
export const RECENT_HANDLING_LIMIT = 20

export function send<K extends keyof HandoffOutbound>(
  ctx: Ctx,
  to: string,
  type: K,
  payload: HandoffOutbound[K],
): void {
  ctx.effects.push({ kind: 'send', to, type, payload } as SendEffect)
}

export function fail(ctx: Ctx, to: string, code: ErrorCode, message: string, type?: string): void {
  send(ctx, to, 'error', type === undefined ? { code, message } : { code, message, type })
}

export function record(ctx: Ctx, rec: WorkflowRecord): void {
  ctx.effects.push({ kind: 'record', record: rec })
}

export function findRequestBySession(state: WorkflowState, sessionId: string) {
  return Object.values(state.requests).find((r) => r.visitorSessionId === sessionId)
}

export function findHandoffsBySession(state: WorkflowState, sessionId: string): Handoff[] {
  return Object.values(state.handoffs).filter((h) => h.visitorSessionId === sessionId)
}

export function activeHandoffOf(state: WorkflowState, sessionId: string): Handoff | undefined {
  return findHandoffsBySession(state, sessionId).find((h) => h.status === 'active')
}

/** Ends an active handoff: records it, frees the rep, tells whoever is still here. */
export function endHandoff(ctx: Ctx, h: Handoff, outcome: string, notes: string | null): void {
  h.status = 'ended'
  h.endedAt = ctx.now
  h.outcome = outcome
  record(ctx, { type: 'handoff-ended', handoffId: h.handoffId, outcome, notes, at: ctx.now })
  const handled = ctx.state.recentHandlingMs
  handled.unshift(ctx.now - h.acceptedAt)
  handled.splice(RECENT_HANDLING_LIMIT)
  const rep = ctx.state.reps[h.repSessionId]
  if (rep && rep.handoffId === h.handoffId) {
    rep.handoffId = null
    if (rep.leftAt === null) {
      setRepState(ctx, rep.repSessionId, rep.chosen)
      send(ctx, rep.repSessionId, 'handoff-ended', { handoffId: h.handoffId, outcome })
    } else {
      // Their session is gone and now nothing is held for them to come back to.
      delete ctx.state.reps[rep.repSessionId]
      record(ctx, { type: 'staff-status', repId: rep.repId, state: 'offline', at: ctx.now })
    }
  }
  if (h.visitorDisconnectedAt === null) {
    send(ctx, h.visitorSessionId, 'handoff-ended', { handoffId: h.handoffId, outcome })
  }
}

/** Changes a rep's availability and records it when it really changed. */
export function setRepState(ctx: Ctx, repSessionId: string, state: RepAvailability): void {
  const rep = ctx.state.reps[repSessionId]
  if (!rep || rep.state === state) return
  rep.state = state
  record(ctx, { type: 'staff-status', repId: rep.repId, state: rep.state, at: ctx.now })
}

/**
 * Tells both ends about a handoff and puts the rep's avatar beside the visitor; while the rep is
 * away (rep.ts, the return window) the visitor hears that instead. Only the rep's copy carries
 * the visitor's stable id, for the profile card and the lead form.
 */
export function announceHandoff(ctx: Ctx, h: Handoff): void {
  const payload = {
    handoffId: h.handoffId,
    requestId: h.requestId,
    rep: { sessionId: h.repSessionId, name: h.repName },
    visitor: { sessionId: h.visitorSessionId, name: h.visitorName },
  }
  const rep = ctx.state.reps[h.repSessionId]
  const away = rep !== undefined && rep.leftAt !== null
  if (rep && !away) send(ctx, h.repSessionId, 'handoff', { ...payload, visitorId: h.visitorId })
  if (h.visitorDisconnectedAt !== null) return
  send(ctx, h.visitorSessionId, 'handoff', payload)
  if (away) return send(ctx, h.visitorSessionId, 'rep-reconnecting', { handoffId: h.handoffId })
  ctx.effects.push({ kind: 'place-rep', repSessionId: h.repSessionId, beside: h.visitorSessionId })
}
