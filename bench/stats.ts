/** Small statistics for the benchmarks' JSON. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits))

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now()
  const result = await fn()
  return [result, performance.now() - t0]
}
