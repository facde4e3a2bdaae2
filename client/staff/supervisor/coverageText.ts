/**
 * The coverage banner's words: whether enough reps are available right now against the minimum,
 * and who is on a shift now but not marked available (the people to call).
 */
import type { Coverage } from '../../../shared/staffApi'

export interface CoverageText {
  level: 'ok' | 'alert'
  headline: string
  /** Who to chase, or reassurance; empty when there is nothing to add. */
  detail: string
}

const reps = (n: number) => `${n} ${n === 1 ? 'rep' : 'reps'}`

/** "Dana", "Dana and Lee", "Dana, Lee and Sam". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

export function coverageText(c: Coverage): CoverageText {
  const missing = c.scheduled.filter((s) => !s.available).map((s) => s.name)
  const chase = missing.length
    ? `Scheduled but not available: ${listNames(missing)}.`
    : c.scheduled.length
      ? 'Everyone scheduled now is available.'
      : 'Nobody is scheduled right now.'
  const available = c.available.length
  if (c.belowMinimum) {
    return {
      level: 'alert',
      headline: `Below minimum: ${reps(available)} available, ${c.minReps} needed.`,
      detail: chase,
    }
  }
  if (c.minReps === 0) {
    return {
      level: 'ok',
      headline: `${reps(available)} available; no minimum is set.`,
      detail: missing.length ? chase : '',
    }
  }
  return {
    level: 'ok',
    headline: `Covered: ${reps(available)} available, minimum ${c.minReps}.`,
    detail: missing.length ? chase : '',
  }
}
