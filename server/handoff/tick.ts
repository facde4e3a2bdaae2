/**
 * The passing of time, on the room's clock: requests nobody accepted within the answer target
 * turn missed (and the visitor is offered a message or call-back), visitors who dropped and did
 * not come back within the reconnection window are let go, so are reps who did not come back
 * within the return window, and ended conversations nobody rated
 * within the rating window are forgotten here (the store keeps them).
 */
import type { Ctx } from './context'
import { endHandoff, record, send } from './context'
import { releaseAbsentReps } from './rep'
import type { EventOf } from './types'

function missUnanswered(ctx: Ctx): void {
  const { state, now } = ctx
  for (const req of Object.values(state.requests)) {
    if (req.claim || now - req.requestedAt <= state.config.answerTargetMs) continue
    delete state.requests[req.requestId]
    record(ctx, { type: 'request-missed', requestId: req.requestId, at: now })
    if (req.disconnectedAt === null) {
      send(ctx, req.visitorSessionId, 'offer-message', {
        requestId: req.requestId,
        reason: 'missed',
      })
    }
  }
}

function releaseDropped(ctx: Ctx): void {
  const { state, now } = ctx
  const gone = (at: number | null) => at !== null && now - at >= state.config.reconnectWindowMs
  for (const req of Object.values(state.requests)) {
    if (req.claim || !gone(req.disconnectedAt)) continue
    delete state.requests[req.requestId]
    record(ctx, {
      type: 'request-cancelled',
      requestId: req.requestId,
      reason: 'visitor-left',
      at: now,
    })
  }
  for (const h of Object.values(state.handoffs)) {
    if (!gone(h.visitorDisconnectedAt)) continue
    if (h.status === 'active') endHandoff(ctx, h, 'visitor-left', null)
    delete state.handoffs[h.handoffId]
  }
}

function forgetOldEnded(ctx: Ctx): void {
  const { state, now } = ctx
  for (const h of Object.values(state.handoffs)) {
    if (h.endedAt !== null && now - h.endedAt >= state.config.ratingWindowMs) {
      delete state.handoffs[h.handoffId]
    }
  }
}

export function tick(ctx: Ctx, _e: EventOf<'tick'>): void {
  missUnanswered(ctx)
  releaseDropped(ctx)
  releaseAbsentReps(ctx)
  forgetOldEnded(ctx)
}
