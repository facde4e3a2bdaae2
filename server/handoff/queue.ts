/**
 * Keeps everyone's view of the queue current after each event: the visitors' places and waits
 * (`queue`, sent only to those whose place or wait changed) and the staff list (`requests`,
 * broadcast only when the list or its order changed).
 */
import type { Ctx } from './context'
import { send } from './context'
import { estimateWait, type WaitEstimate } from './eta'
import type { QueueMsg, StaffRequestsMsg } from './messages'
import { orderQueue, priorityScore } from './priority'
import type { WaitingRequest, WorkflowState } from './types'

/** Waiting requests, best first. */
export function waitingInOrder(state: WorkflowState, now: number): WaitingRequest[] {
  return orderQueue(Object.values(state.requests), now)
}

/** Reps who could take a request now, and reps in (or accepting) a conversation. */
export function repCounts(state: WorkflowState): { available: number; busy: number } {
  let available = 0
  let busy = 0
  for (const rep of Object.values(state.reps)) {
    if (rep.state === 'busy' || rep.claiming !== null) busy += 1
    else if (rep.state === 'available') available += 1
  }
  return { available, busy }
}

/** The wait for the request at `position` (1-based), given the reps on duty here. */
export function estimateFor(state: WorkflowState, position: number): WaitEstimate {
  const { available, busy } = repCounts(state)
  return estimateWait({
    position,
    availableReps: available,
    busyReps: busy,
    recentHandlingMs: state.recentHandlingMs,
    answerTargetMs: state.config.answerTargetMs,
  })
}

/** The contract's `requests` payload: what reps may still accept, best first. */
export function staffRequests(state: WorkflowState, now: number): StaffRequestsMsg {
  const open = waitingInOrder(state, now).filter((r) => r.claim === null)
  return {
    requests: open.map((r) => ({
      requestId: r.requestId,
      visitorName: r.visitorName,
      channel: r.channel,
      stationId: r.stationId,
      waitingMs: Math.max(0, now - r.requestedAt),
      priority: Math.round(priorityScore(r, now)),
    })),
  }
}

const sameQueue = (a: QueueMsg | null, b: QueueMsg): boolean =>
  a !== null && a.position === b.position && a.etaSeconds === b.etaSeconds

/** Sends `queue` to each connected visitor whose place or wait changed (or who must hear it). */
function syncVisitors(ctx: Ctx): void {
  waitingInOrder(ctx.state, ctx.now).forEach((req, index) => {
    const msg: QueueMsg = {
      requestId: req.requestId,
      position: index + 1,
      etaSeconds: estimateFor(ctx.state, index + 1).etaSeconds,
    }
    if (req.disconnectedAt !== null) return // told again when they come back
    if (!ctx.forceQueue.has(req.requestId) && sameQueue(req.lastSent, msg)) return
    req.lastSent = msg
    send(ctx, req.visitorSessionId, 'queue', msg)
  })
}

/** Broadcasts `requests` to staff when the list of open requests or its order changed. */
function syncStaff(ctx: Ctx): void {
  const payload = staffRequests(ctx.state, ctx.now)
  const ids = payload.requests.map((r) => r.requestId)
  const prev = ctx.state.staffQueue
  if (ids.length === prev.length && ids.every((id, i) => id === prev[i])) return
  ctx.state.staffQueue = ids
  ctx.effects.push({ kind: 'broadcast-staff', type: 'requests', payload })
}

export function syncQueue(ctx: Ctx): void {
  syncVisitors(ctx)
  syncStaff(ctx)
}
