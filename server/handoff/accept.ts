/**
 * Accepting a request takes two steps because, across processes, the store decides who wins:
 * `accept` checks the rep and the request here and claims the request (the `claim` effect); the
 * room asks the store's conditional update and dispatches `accepted` (this rep won, or another
 * process announced its own accept) or `accept-failed` (this rep lost). While a claim is pending
 * the request stays in the queue but is hidden from the staff list, cannot be claimed by another
 * rep here, and cannot be cancelled or turn missed.
 */
import type { Ctx } from './context'
import { announceHandoff, fail, setRepState } from './context'
import type { EventOf, Handoff } from './types'

type Visitor = NonNullable<EventOf<'accepted'>['visitor']>

export function accept(ctx: Ctx, e: EventOf<'accept'>): void {
  const { state } = ctx
  const to = e.repSessionId
  const rep = state.reps[to]
  const req = state.requests[e.requestId]
  if (!rep) return fail(ctx, to, 'FORBIDDEN', 'Only staff can accept requests.', 'accept')
  if (rep.handoffId !== null || rep.claiming !== null) {
    const why = 'You already have a conversation; end it before accepting another.'
    return fail(ctx, to, 'CONFLICT', why, 'accept')
  }
  if (!req) {
    const taken = Object.values(state.handoffs).some((h) => h.requestId === e.requestId)
    if (taken) return fail(ctx, to, 'CONFLICT', 'Someone else accepted this request.', 'accept')
    return fail(ctx, to, 'NOT_FOUND', 'That request is no longer waiting.', 'accept')
  }
  if (req.claim) {
    return fail(ctx, to, 'CONFLICT', 'Someone else is accepting this request.', 'accept')
  }
  if (state.handoffs[e.handoffId]) {
    return fail(ctx, to, 'CONFLICT', 'That handoff id is already in use.', 'accept')
  }
  req.claim = { repSessionId: to, handoffId: e.handoffId }
  rep.claiming = req.requestId
  const { requestId, handoffId } = e
  ctx.effects.push({
    kind: 'claim',
    requestId,
    handoffId,
    repId: rep.repId,
    repSessionId: to,
    at: ctx.now,
  })
}

/** The accept the store decided. Idempotent: a second announcement of it changes nothing. */
export function accepted(ctx: Ctx, e: EventOf<'accepted'>): void {
  const { state, now } = ctx
  if (state.handoffs[e.handoffId]) return
  const req = state.requests[e.requestId]
  if (req?.claim && req.claim.repSessionId !== e.repSessionId) {
    releaseClaim(ctx, req.claim.repSessionId, 'Someone else accepted this request first.')
  }
  const rep = state.reps[e.repSessionId]
  if (rep) {
    rep.claiming = null
    rep.handoffId = e.handoffId
    setRepState(ctx, rep.repSessionId, 'busy')
  }
  if (req) delete state.requests[req.requestId]
  const visitor = req
    ? { sessionId: req.visitorSessionId, visitorId: req.visitorId, name: req.visitorName }
    : e.visitor
  if (!visitor) return // the conversation lives in the visitor's process
  const handoff = newHandoff(e, visitor, now)
  handoff.visitorDisconnectedAt = req ? req.disconnectedAt : null
  state.handoffs[handoff.handoffId] = handoff
  announceHandoff(ctx, handoff)
}

/** The store said no: someone else won, or the request stopped waiting. */
export function acceptFailed(ctx: Ctx, e: EventOf<'accept-failed'>): void {
  const req = ctx.state.requests[e.requestId]
  if (req && e.reason === 'gone') delete ctx.state.requests[e.requestId]
  const why =
    e.reason === 'taken'
      ? 'Someone else accepted this request first.'
      : 'That request is no longer waiting.'
  releaseClaim(ctx, e.repSessionId, why)
}

function releaseClaim(ctx: Ctx, repSessionId: string, why: string): void {
  const rep = ctx.state.reps[repSessionId]
  const req = rep?.claiming ? ctx.state.requests[rep.claiming] : undefined
  if (req?.claim?.repSessionId === repSessionId) req.claim = null
  if (rep) rep.claiming = null
  fail(ctx, repSessionId, 'CONFLICT', why, 'accept')
}

function newHandoff(e: EventOf<'accepted'>, visitor: Visitor, now: number): Handoff {
  return {
    handoffId: e.handoffId,
    requestId: e.requestId,
    visitorSessionId: visitor.sessionId,
    visitorId: visitor.visitorId,
    visitorName: visitor.name,
    repSessionId: e.repSessionId,
    repId: e.repId,
    repName: e.repName,
    status: 'active',
    acceptedAt: now,
    endedAt: null,
    outcome: null,
    rated: false,
    visitorDisconnectedAt: null,
  }
}
