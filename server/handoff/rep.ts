/**
 * What staff do: say whether they are available, end a conversation, leave, come back. A rep
 * who leaves mid-conversation is held for the return window (a page reload is a new session).
 * A session is staff once the room has registered it with `rep-status` (the room does so on join,
 * after verifying the staff token); any other session asking to accept or end is refused.
 * Accepting is in accept.ts. A rep may accept while `away` (accepting is working); they then
 * return to `away` when the conversation ends.
 */
import type { Ctx } from './context'
import { announceHandoff, endHandoff, fail, record, send, setRepState } from './context'
import { staffRequests } from './queue'
import type { EventOf, Rep } from './types'

export function repStatus(ctx: Ctx, e: EventOf<'rep-status'>): void {
  const { state, now } = ctx
  const known = state.reps[e.repSessionId]
  if (!known) {
    const { repSessionId, repId, name } = e
    const fresh = { state: e.state, chosen: e.state, handoffId: null, claiming: null, leftAt: null }
    state.reps[repSessionId] = { repSessionId, repId, name, ...fresh }
    record(ctx, { type: 'staff-status', repId: e.repId, state: e.state, at: now })
  } else {
    known.name = e.name
    known.chosen = e.state
    if (known.handoffId === null) setRepState(ctx, e.repSessionId, e.state)
  }
  if (state.reps[e.repSessionId].state === 'available') {
    send(ctx, e.repSessionId, 'requests', staffRequests(state, now))
  }
}

export function end(ctx: Ctx, e: EventOf<'end'>): void {
  const to = e.repSessionId
  const h = ctx.state.handoffs[e.handoffId]
  if (!ctx.state.reps[to])
    return fail(ctx, to, 'FORBIDDEN', 'Only staff can end a conversation.', 'end-handoff')
  if (!h) return fail(ctx, to, 'NOT_FOUND', 'There is no conversation with that id.', 'end-handoff')
  if (h.repSessionId !== to) {
    return fail(
      ctx,
      to,
      'FORBIDDEN',
      'Only the rep of this conversation can end it.',
      'end-handoff',
    )
  }
  if (h.status !== 'active')
    return fail(ctx, to, 'CONFLICT', 'This conversation has already ended.', 'end-handoff')
  if (e.outcome.trim() === '')
    return fail(ctx, to, 'INVALID', 'An outcome is required.', 'end-handoff')
  endHandoff(ctx, h, e.outcome, e.notes ?? null)
}

/**
 * A rep who leaves frees their claim. In a conversation they are held for the return window (a
 * page reload is a new session, see repReturned); otherwise, or when `final`, they go at once.
 */
export function repLeft(ctx: Ctx, e: EventOf<'rep-left'>): void {
  const rep = ctx.state.reps[e.repSessionId]
  if (!rep) return
  const req = rep.claiming ? ctx.state.requests[rep.claiming] : undefined
  if (req?.claim?.repSessionId === rep.repSessionId) req.claim = null
  rep.claiming = null
  const h = rep.handoffId ? ctx.state.handoffs[rep.handoffId] : undefined
  if (h?.status !== 'active' || e.final) return dropRep(ctx, rep)
  rep.leftAt = ctx.now
  if (h.visitorDisconnectedAt === null) {
    send(ctx, h.visitorSessionId, 'rep-reconnecting', { handoffId: h.handoffId })
  }
}

/** The rep is gone for good: their conversation ends and the visitor is offered a message. */
export function dropRep(ctx: Ctx, rep: Rep): void {
  delete ctx.state.reps[rep.repSessionId] // first: nobody to free or tell on that side
  const h = rep.handoffId ? ctx.state.handoffs[rep.handoffId] : undefined
  if (h?.status === 'active') {
    endHandoff(ctx, h, 'rep-left', null)
    if (h.visitorDisconnectedAt === null) {
      send(ctx, h.visitorSessionId, 'offer-message', { requestId: h.requestId, reason: 'rep-left' })
    }
  }
  record(ctx, { type: 'staff-status', repId: rep.repId, state: 'offline', at: ctx.now })
}

/**
 * A new session of a staff account whose earlier session left mid-conversation: the rep is back
 * (their reloaded page), and everything moves to the new session as when they follow a visitor.
 */
export function repReturned(ctx: Ctx, e: EventOf<'rep-returned'>): void {
  const away = Object.values(ctx.state.reps).find((r) => r.repId === e.repId && r.leftAt !== null)
  if (!away) return
  away.leftAt = null
  // A fresh page shows `away` until the rep chooses: after this conversation, so do we.
  away.chosen = 'away'
  repRebound(ctx, {
    type: 'rep-rebound',
    oldSessionId: away.repSessionId,
    newSessionId: e.newSessionId,
  })
}

/** Reps who did not come back within the return window have left (tick.ts). */
export function releaseAbsentReps(ctx: Ctx): void {
  const { state, now } = ctx
  for (const rep of Object.values(state.reps)) {
    if (rep.leftAt !== null && now - rep.leftAt >= state.config.repReturnMs) dropRep(ctx, rep)
  }
}

/**
 * The rep moved to the visitor's room instance (a new session there): their state and
 * conversation move with them, and both ends are told the rep's new session, which also places
 * the rep's avatar beside the visitor in that room.
 */
export function repRebound(ctx: Ctx, e: EventOf<'rep-rebound'>): void {
  const rep = ctx.state.reps[e.oldSessionId]
  if (!rep) return
  delete ctx.state.reps[e.oldSessionId]
  ctx.state.reps[e.newSessionId] = { ...rep, repSessionId: e.newSessionId }
  for (const req of Object.values(ctx.state.requests)) {
    if (req.claim?.repSessionId === e.oldSessionId) req.claim.repSessionId = e.newSessionId
  }
  for (const h of Object.values(ctx.state.handoffs)) {
    if (h.repSessionId !== e.oldSessionId) continue
    h.repSessionId = e.newSessionId
    if (h.status === 'active') announceHandoff(ctx, h)
  }
}
