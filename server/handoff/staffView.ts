/**
 * What staff see of each waiting visitor beyond the contract's six fields: who they are (visitor
 * id and session, for the profile and the 3D view), whether they came before and their history
 * line (cached on the request when it was made), and where they stand right now, read from the
 * room state as the message leaves. `requests` goes to staff only, so ids are fine here; the
 * public room state still carries none.
 */
import type { Vec2 } from '../../shared/showroom'
import { whereabouts, whereTheyAsked } from '../showroom/whereabouts'
import type { StaffRequestsMsg } from './messages'
import type { WaitingRequest, WorkflowState } from './types'

/** Said of a visitor whose connection dropped: they may come back within the window. */
export const RECONNECTING = 'reconnecting…'

/** `poseOf`: the avatar of a session seated in this process, if it is. */
export function whereNow(req: WaitingRequest, poseOf: (sessionId: string) => Vec2 | undefined) {
  if (req.disconnectedAt !== null) return RECONNECTING
  const pose = poseOf(req.visitorSessionId)
  return pose ? whereabouts(pose) : whereTheyAsked(req.stationId)
}

export function staffView(
  msg: StaffRequestsMsg,
  state: WorkflowState,
  poseOf: (sessionId: string) => Vec2 | undefined,
): StaffRequestsMsg {
  return {
    requests: msg.requests.map((entry) => {
      const req = state.requests[entry.requestId]
      if (!req) return entry
      return {
        ...entry,
        visitorId: req.visitorId,
        visitorSessionId: req.visitorSessionId,
        returning: req.returning,
        history: req.history,
        where: whereNow(req, poseOf),
      }
    }),
  }
}

/** Tells whether `where` changed for anyone since the last broadcast it was shown. */
export class WhereWatch {
  private last = ''

  changed(msg: StaffRequestsMsg): boolean {
    const key = msg.requests.map((r) => `${r.requestId}\u0000${r.where ?? ''}`).join('\u0001')
    if (key === this.last) return false
    this.last = key
    return true
  }
}
