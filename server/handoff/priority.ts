/**
 * The order in which waiting summons are offered to reps. Pure: the caller passes the time.
 *
 * The rules, in plain words:
 *
 * 1. Showroom visitors are answered first. A live summon from the showroom (browser or kiosk) is
 *    a person waiting right now; messages and call-backs left earlier are worked only when no
 *    summon is waiting. Tickets never enter this queue, and every live summon scores at least
 *    BASE_POINTS, so a priority shown to staff is always recognisable as a live request.
 * 2. A kiosk visitor gets a head start of KIOSK_HEAD_START_S seconds: they are standing at a booth
 *    and will walk away, while a browser tab can wait.
 * 3. A returning visitor gets a head start of RETURNING_HEAD_START_S seconds: they came back, they
 *    are a warmer lead, and the rep has their history.
 * 4. Waiting earns one point per second, for everyone.
 * 5. Head starts fade: they shrink in a straight line to nothing over HEAD_START_FADE_S seconds of
 *    waiting. So an older request always overtakes a newer one with a bigger head start in the
 *    end, and once a request has waited HEAD_START_FADE_S seconds nobody who summoned after it can
 *    be ahead of it (the queue is then first come, first served). Nobody starves.
 * 6. Ties go to the earlier summon, then to the smaller request id, so the order is the same on
 *    every process.
 *
 * The formula, with w = seconds waited and h = the head starts that apply:
 *
 *     score = BASE_POINTS + w + h × max(0, 1 − w / HEAD_START_FADE_S)
 *
 * Because the largest h (45) is smaller than HEAD_START_FADE_S (60), every score still rises with
 * waiting (at least 0.25 points per second), so nobody moves backwards by standing still.
 * Example: a web visitor summons at 0 s and a kiosk visitor at 10 s; the kiosk visitor is ahead
 * at first, the two are level at 50 s and the web visitor is ahead from then on.
 */
import type { Channel } from '../crm/types'

/** Points every live summon starts with (points are seconds of waiting: 1 point = 1 s). */
export const BASE_POINTS = 100
/** Points per second waited: waiting is the unit everything else is measured in. */
export const AGING_POINTS_PER_S = 1
/** Seconds of head start for a kiosk visitor: about half the minute a person at a booth waits. */
export const KIOSK_HEAD_START_S = 30
/** Seconds of head start for a returning visitor: a warmer lead with history for the rep. */
export const RETURNING_HEAD_START_S = 15
/**
 * Seconds of waiting over which head starts fade to nothing: the default answer target (60 s),
 * so that by the time a request would turn missed the queue is first come, first served.
 */
export const HEAD_START_FADE_S = 60

/** What the rule looks at: nothing personal, nothing the visitor could fake. */
export interface PriorityInput {
  requestId: string
  channel: Channel
  returning: boolean
  /** Epoch ms, server clock. */
  requestedAt: number
}

/** Seconds of head start before fading (rules 2 and 3). */
export function headStartSeconds(req: PriorityInput): number {
  return (
    (req.channel === 'kiosk' ? KIOSK_HEAD_START_S : 0) +
    (req.returning ? RETURNING_HEAD_START_S : 0)
  )
}

/** The score of one request at `now` (epoch ms); higher is answered sooner. */
export function priorityScore(req: PriorityInput, now: number): number {
  const waitedS = Math.max(0, now - req.requestedAt) / 1000
  const fade = Math.max(0, 1 - waitedS / HEAD_START_FADE_S)
  return BASE_POINTS + AGING_POINTS_PER_S * waitedS + headStartSeconds(req) * fade
}

/** Rule 6: earlier summon first, then the smaller id. */
function tieBreak(a: PriorityInput, b: PriorityInput): number {
  if (a.requestedAt !== b.requestedAt) return a.requestedAt - b.requestedAt
  return a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0
}

/** A new array, best first. Deterministic: the same requests and time give the same order. */
export function orderQueue<T extends PriorityInput>(requests: readonly T[], now: number): T[] {
  const scored = requests.map((req) => ({ req, score: priorityScore(req, now) }))
  scored.sort((a, b) => b.score - a.score || tieBreak(a.req, b.req))
  return scored.map((s) => s.req)
}
