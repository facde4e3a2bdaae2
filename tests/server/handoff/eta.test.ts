import { describe, expect, it } from 'vitest'
import {
  DEFAULT_HANDLING_MS,
  WALK_OVER_S,
  estimateWait,
  estimateWaitSeconds,
  median,
  type EtaInput,
} from '../../../server/handoff/eta'

const MIN = 60_000
const base: EtaInput = {
  position: 1,
  availableReps: 1,
  busyReps: 0,
  recentHandlingMs: [4 * MIN],
  answerTargetMs: MIN,
}

describe('expected wait', () => {
  it('has no estimate when no rep is available or busy', () => {
    expect(estimateWaitSeconds({ ...base, availableReps: 0, busyReps: 0 })).toBeNull()
  })

  it('is the walk-over time when a free rep is there for this place', () => {
    expect(estimateWaitSeconds(base)).toBe(WALK_OVER_S)
    expect(estimateWaitSeconds({ ...base, position: 2, availableReps: 2, busyReps: 3 })).toBe(
      WALK_OVER_S,
    )
  })

  it('waits half a median conversation for the first busy rep to finish', () => {
    const input = {
      ...base,
      availableReps: 0,
      busyReps: 1,
      recentHandlingMs: [2, 4, 30].map((m) => m * MIN),
    }
    expect(estimateWaitSeconds(input)).toBe(WALK_OVER_S + 2 * 60) // median 4 min, half of it
  })

  it('adds a median conversation per round of reps ahead in the queue', () => {
    const input = { ...base, position: 5, availableReps: 1, busyReps: 1 }
    // 4 visitors left after the free rep, 2 reps: round 2, so 1.5 × 4 min
    expect(estimateWaitSeconds(input)).toBe(WALK_OVER_S + 6 * 60)
  })

  it('assumes a default conversation length when there is no history yet', () => {
    const input = { ...base, availableReps: 0, busyReps: 1, recentHandlingMs: [] }
    expect(estimateWaitSeconds(input)).toBe(WALK_OVER_S + DEFAULT_HANDLING_MS / 2000)
  })

  it('says when the estimate is longer than the answer target, without cutting it', () => {
    expect(estimateWait(base)).toEqual({ etaSeconds: WALK_OVER_S, beyondTarget: false })
    const busy = estimateWait({ ...base, availableReps: 0, busyReps: 1 })
    expect(busy).toEqual({ etaSeconds: WALK_OVER_S + 120, beyondTarget: true })
  })

  it('takes the middle of an odd count and the mean of the two middles of an even one', () => {
    expect(median([])).toBeNull()
    expect(median([9, 1, 5])).toBe(5)
    expect(median([8, 2, 4, 6])).toBe(5)
  })
})
