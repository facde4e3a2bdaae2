/**
 * After a restart the reducer starts empty, but the store still holds the requests that were
 * waiting: they go back in the queue under a placeholder session, marked as disconnected, so the
 * visitor who comes back (same visitor token) rebinds to them, staff still see them, and the
 * answer target still turns them into an offer to leave a message.
 */
import type { HandoffRecord } from '../crm/types'
import type { WorkflowState } from './types'

export const RESTORED_SESSION_PREFIX = 'restored:'

export function restoreWaiting(state: WorkflowState, waiting: HandoffRecord[]): WorkflowState {
  for (const r of waiting) {
    state.requests[r.requestId] = {
      requestId: r.requestId,
      visitorSessionId: `${RESTORED_SESSION_PREFIX}${r.requestId}`,
      visitorId: r.visitorId,
      visitorName: r.visitorName,
      channel: r.channel,
      stationId: r.stationId,
      topic: r.topic,
      returning: r.returning,
      history: '', // loaded again by the hub once it has started (HandoffHub.start)
      requestedAt: r.requestedAt,
      claim: null,
      disconnectedAt: null,
      lastSent: null,
    }
  }
  return state
}
