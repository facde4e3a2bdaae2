/** The scoreboard sorts by any column, reps without a figure always last. */
import { describe, expect, it } from 'vitest'
import {
  FIRST_DIRECTION,
  nextSort,
  sortScoreboard,
} from '../../../../client/staff/supervisor/scoreboardSort'
import type { ScoreboardRow } from '../../../../shared/staffApi'

const row = (name: string, over: Partial<ScoreboardRow> = {}): ScoreboardRow => ({
  staffId: name.toLowerCase(),
  name,
  role: 'rep',
  handled: 0,
  avgWaitMs: null,
  firstResponseP50Ms: null,
  ratingAvg: null,
  ratings: 0,
  availableMs: 0,
  scheduledMs: 0,
  ...over,
})

const rows = [
  row('Dana', {
    handled: 3,
    avgWaitMs: 40_000,
    ratingAvg: 4.5,
    ratings: 2,
    availableMs: 3_600_000,
  }),
  row('lee', { handled: 5, avgWaitMs: 20_000, ratingAvg: 5, ratings: 1, availableMs: 60_000 }),
  row('Sam'),
  row('Ana', { handled: 3, avgWaitMs: 90_000, role: 'supervisor' }),
]
const names = (list: ScoreboardRow[]) => list.map((r) => r.name)

describe('scoreboard sorting', () => {
  it('ranks by handled, most first, ties by name', () => {
    const sorted = sortScoreboard(rows, { column: 'handled', direction: 'descending' })
    expect(names(sorted)).toEqual(['lee', 'Ana', 'Dana', 'Sam'])
  })

  it('sorts names without regard to case', () => {
    const sorted = sortScoreboard(rows, { column: 'name', direction: 'ascending' })
    expect(names(sorted)).toEqual(['Ana', 'Dana', 'lee', 'Sam'])
  })

  it('keeps reps with no figure at the bottom in both directions', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortScoreboard(rows, { column: 'rating', direction })
      expect(sorted.slice(2).map((r) => r.ratingAvg)).toEqual([null, null])
    }
    expect(names(sortScoreboard(rows, { column: 'avgWait', direction: 'ascending' }))).toEqual([
      'lee',
      'Dana',
      'Ana',
      'Sam',
    ])
  })

  it('does not change the rows it was given', () => {
    const copy = [...rows]
    sortScoreboard(rows, { column: 'available', direction: 'descending' })
    expect(rows).toEqual(copy)
  })

  it('flips the same column and starts another at its natural direction', () => {
    const byHandled = { column: 'handled', direction: 'descending' } as const
    expect(nextSort(byHandled, 'handled')).toEqual({ column: 'handled', direction: 'ascending' })
    expect(nextSort(byHandled, 'avgWait')).toEqual({ column: 'avgWait', direction: 'ascending' })
    expect(nextSort(byHandled, 'rating').direction).toBe(FIRST_DIRECTION.rating)
  })
})
