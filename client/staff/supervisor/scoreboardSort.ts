/**
 * Sorting the rep scoreboard: one comparator per column, and rows without a figure yet (no
 * ratings, nobody handled) always at the bottom, whichever way the column is sorted, so the
 * reps with numbers stay at the top where the supervisor looks.
 */
import type { ScoreboardRow } from '../../../shared/staffApi'

export type ScoreColumn =
  'name' | 'role' | 'handled' | 'avgWait' | 'firstResponse' | 'rating' | 'available'
export type SortDirection = 'ascending' | 'descending'
export interface ScoreSort {
  column: ScoreColumn
  direction: SortDirection
}

type Value = string | number | null

const VALUE: Record<ScoreColumn, (r: ScoreboardRow) => Value> = {
  name: (r) => r.name,
  role: (r) => r.role,
  handled: (r) => r.handled,
  avgWait: (r) => r.avgWaitMs,
  firstResponse: (r) => r.firstResponseP50Ms,
  rating: (r) => r.ratingAvg,
  available: (r) => r.availableMs,
}

/** What a first click sorts by: names A→Z, counts and ratings highest first, times shortest first. */
export const FIRST_DIRECTION: Record<ScoreColumn, SortDirection> = {
  name: 'ascending',
  role: 'ascending',
  handled: 'descending',
  avgWait: 'ascending',
  firstResponse: 'ascending',
  rating: 'descending',
  available: 'descending',
}

function compare(a: Value, b: Value): number {
  if (typeof a === 'string' && typeof b === 'string')
    return a.localeCompare(b, undefined, { sensitivity: 'base' })
  return (a as number) - (b as number)
}

export function sortScoreboard(rows: readonly ScoreboardRow[], sort: ScoreSort): ScoreboardRow[] {
  const value = VALUE[sort.column]
  const sign = sort.direction === 'ascending' ? 1 : -1
  return [...rows].sort((ra, rb) => {
    const a = value(ra)
    const b = value(rb)
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
    // Ties fall back to the name, so equal rows never swap places between refreshes.
    return sign * compare(a, b) || compare(ra.name, rb.name)
  })
}

/** A click on a header: the same column flips, another column starts at its natural direction. */
export function nextSort(current: ScoreSort, column: ScoreColumn): ScoreSort {
  if (current.column !== column) return { column, direction: FIRST_DIRECTION[column] }
  return {
    column,
    direction: current.direction === 'ascending' ? 'descending' : 'ascending',
  }
}
