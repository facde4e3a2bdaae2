/**
 * The expected wait shown to a visitor in the queue. Pure: everything comes from the caller.
 *
 * How it is estimated, in plain words:
 *
 * - Nobody on duty (no rep available and none busy): there is no basis for a number, so the answer
 *   is null (the contract allows `etaSeconds: null`); the visitor is offered a message instead.
 * - A free rep for this place in the queue (position ≤ available reps): the wait is the time a rep
 *   takes to see the request, accept it and appear, WALK_OVER_S.
 * - Otherwise the visitor waits for conversations to finish. Every rep on duty (available or busy)
 *   serves the queue in rounds; the visitor is in round ceil((position − available) / reps). A
 *   round lasts one median handling time (accept → end of recent conversations, the median so one
 *   very long call does not skew it), and the first round is on average half over already because
 *   busy reps are midway through their conversations:
 *
 *       eta = WALK_OVER_S + (round − ½) × median handling time
 *
 *   Without any recent handling time the median is DEFAULT_HANDLING_MS.
 *
 * The estimate is never cut to the answer target, because a number we know is too small would be
 * a broken promise. Instead `beyondTarget` says when the estimate is longer than the answer target:
 * the request will likely turn missed first, so the visitor is offered a message up front.
 */

/** Seconds for a free rep to notice, accept and appear beside the visitor. */
export const WALK_OVER_S = 15
/** A typical product conversation when there is no history yet (5 minutes). */
export const DEFAULT_HANDLING_MS = 5 * 60_000

export interface EtaInput {
  /** 1-based place in the queue. */
  position: number
  availableReps: number
  busyReps: number
  /** Accept → end of recent conversations, any order. */
  recentHandlingMs: readonly number[]
  /** The wait after which an unanswered request turns missed. */
  answerTargetMs: number
}

export interface WaitEstimate {
  /** Whole seconds, or null when there is no basis for an estimate. */
  etaSeconds: number | null
  /** True when the estimate is longer than the answer target. */
  beyondTarget: boolean
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function estimateWait(input: EtaInput): WaitEstimate {
  const available = Math.max(0, input.availableReps)
  const reps = available + Math.max(0, input.busyReps)
  if (reps === 0) return { etaSeconds: null, beyondTarget: false }
  const position = Math.max(1, input.position)
  let seconds = WALK_OVER_S
  if (position > available) {
    const handlingMs = median(input.recentHandlingMs) ?? DEFAULT_HANDLING_MS
    const round = Math.ceil((position - available) / reps)
    seconds += ((round - 0.5) * handlingMs) / 1000
  }
  const etaSeconds = Math.round(seconds)
  return { etaSeconds, beyondTarget: etaSeconds * 1000 > input.answerTargetMs }
}

/** Only the number: null when nobody is available or busy. */
export function estimateWaitSeconds(input: EtaInput): number | null {
  return estimateWait(input).etaSeconds
}
