/**
 * Percentiles for the supervisor's figures (waits, first responses). Nearest rank: the answer is
 * always a value that really happened ("9 in 10 visitors waited at most 48 s"), never an
 * interpolation between two visitors.
 */

/** The p-th percentile (0 < p ≤ 100) of `values` by nearest rank; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`)
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[rank - 1]
}

/** The arithmetic mean, rounded to whole milliseconds; null when there are none. */
export function meanMs(values: readonly number[]): number | null {
  if (values.length === 0) return null
  return Math.round(values.reduce((sum, v) => sum + v, 0) / values.length)
}
