/**
 * What visitors (web or kiosk) do: summon, cancel, leave, come back, rate. Each handler checks who
 * is asking and answers the asker with an `error` when the step is not allowed.
 */
import type { Ctx } from './context'
import {
  activeHandoffOf,
  announceHandoff,
  endHandoff,
  fail,
  findHandoffsBySession,
  findRequestBySession,
  record,
  send,
} from './context'
import { priorityScore } from './priority'
import { estimateFor, repCounts, waitingInOrder } from './queue'
import type { EventOf, WaitingRequest } from './types'

export function summon(ctx: Ctx, e: EventOf<'summon'>): void {
  const { state, now } = ctx
  const to = e.visitorSessionId
  const existing = findRequestBySession(state, to)
  if (existing) return void ctx.forceQueue.add(existing.requestId) // the same place, told again
  if (activeHandoffOf(state, to)) {
    return fail(ctx, to, 'CONFLICT', 'You are already talking to a person.', 'summon')
  }
  if (e.visitorName.trim() === '' || (e.channel !== 'web' && e.channel !== 'kiosk')) {
    return fail(ctx, to, 'INVALID', 'A summon needs a visitor name and a channel.', 'summon')
  }
  const taken = Object.values(state.handoffs).some((h) => h.requestId === e.requestId)
  if (state.requests[e.requestId] || taken) {
    return fail(ctx, to, 'CONFLICT', 'That request id is already in use.', 'summon')
  }
  const req: WaitingRequest = {
    requestId: e.requestId,
    visitorSessionId: to,
    visitorId: e.visitorId,
    visitorName: e.visitorName,
    channel: e.channel,
    stationId: e.stationId ?? null,
    topic: e.topic ?? null,
    returning: e.returning,
    history: e.history ?? '',
    requestedAt: now,
    claim: null,
    disconnectedAt: null,
    lastSent: null,
  }
  state.requests[req.requestId] = req
  const { requestId, visitorId, visitorName, channel, stationId, topic, returning } = req
  const priority = Math.round(priorityScore(req, now))
  const created = { requestId, visitorId, visitorName, channel, stationId, topic, returning }
  record(ctx, { type: 'request-created', ...created, priority, at: now })
  tellNewcomer(ctx, req)
}

/** The first `queue` for a new request and, when nobody can come soon, the message offer. */
function tellNewcomer(ctx: Ctx, req: WaitingRequest): void {
  const position = waitingInOrder(ctx.state, ctx.now).indexOf(req) + 1
  const estimate = estimateFor(ctx.state, position)
  req.lastSent = { requestId: req.requestId, position, etaSeconds: estimate.etaSeconds }
  send(ctx, req.visitorSessionId, 'queue', req.lastSent)
  const noRep = repCounts(ctx.state).available === 0
  if (noRep || estimate.beyondTarget) {
    const reason = noRep ? 'no-rep-available' : 'long-wait'
    send(ctx, req.visitorSessionId, 'offer-message', { requestId: req.requestId, reason })
  }
}

export function cancel(ctx: Ctx, e: EventOf<'cancel'>): void {
  const req = findRequestBySession(ctx.state, e.visitorSessionId)
  const to = e.visitorSessionId
  if (!req) return fail(ctx, to, 'NOT_FOUND', 'You have no request waiting.', 'cancel-summon')
  if (req.claim) {
    return fail(ctx, to, 'CONFLICT', 'A person is already on their way to you.', 'cancel-summon')
  }
  delete ctx.state.requests[req.requestId]
  record(ctx, {
    type: 'request-cancelled',
    requestId: req.requestId,
    reason: 'cancelled',
    at: ctx.now,
  })
  send(ctx, to, 'summon-cancelled', { requestId: req.requestId })
}

/** Without `final`, the request or handoff is held for the reconnection window (see tick). */
export function visitorLeft(ctx: Ctx, e: EventOf<'visitor-left'>): void {
  const { state, now } = ctx
  const req = findRequestBySession(state, e.visitorSessionId)
  if (req && e.final && !req.claim) {
    delete state.requests[req.requestId]
    record(ctx, {
      type: 'request-cancelled',
      requestId: req.requestId,
      reason: 'visitor-left',
      at: now,
    })
  } else if (req) req.disconnectedAt = now
  for (const h of findHandoffsBySession(state, e.visitorSessionId)) {
    h.visitorDisconnectedAt = now
    if (!e.final) continue
    if (h.status === 'active') endHandoff(ctx, h, 'visitor-left', null)
    delete state.handoffs[h.handoffId] // nobody left to rate it
  }
}

/** A visitor back on a new session keeps their place in the queue or their conversation. */
export function visitorRebound(ctx: Ctx, e: EventOf<'visitor-rebound'>): void {
  const { state } = ctx
  const req = findRequestBySession(state, e.oldSessionId)
  const handoffs = findHandoffsBySession(state, e.oldSessionId)
  const owners = [req?.visitorId, ...handoffs.map((h) => h.visitorId)].filter(
    (v) => v !== undefined,
  )
  if (owners.some((id) => id !== e.visitorId)) {
    return fail(ctx, e.newSessionId, 'FORBIDDEN', 'That place belongs to another visitor.')
  }
  if (req) {
    req.visitorSessionId = e.newSessionId
    req.disconnectedAt = null
    ctx.forceQueue.add(req.requestId)
  }
  for (const h of handoffs) {
    h.visitorSessionId = e.newSessionId
    h.visitorDisconnectedAt = null
    if (h.status === 'active') announceHandoff(ctx, h)
  }
}

export function rate(ctx: Ctx, e: EventOf<'rate'>): void {
  const h = ctx.state.handoffs[e.handoffId]
  const to = e.visitorSessionId
  if (!h)
    return fail(ctx, to, 'NOT_FOUND', 'There is no conversation to rate with that id.', 'rate')
  if (h.visitorSessionId !== to) {
    return fail(ctx, to, 'FORBIDDEN', 'Only the visitor of a conversation can rate it.', 'rate')
  }
  if (!Number.isInteger(e.score) || e.score < 1 || e.score > 5) {
    return fail(ctx, to, 'INVALID', 'A rating is a whole number from 1 to 5.', 'rate')
  }
  if (h.status !== 'ended')
    return fail(ctx, to, 'CONFLICT', 'The conversation has not ended yet.', 'rate')
  if (h.rated) return fail(ctx, to, 'CONFLICT', 'This conversation is already rated.', 'rate')
  h.rated = true
  const comment = e.comment ?? null
  record(ctx, {
    type: 'handoff-rated',
    handoffId: h.handoffId,
    score: e.score,
    comment,
    at: ctx.now,
  })
  send(ctx, to, 'rating-saved', { handoffId: h.handoffId, score: e.score })
}
