/** How the dashboard writes durations, shares, ratings, days and hours for people. */
import { describe, expect, it } from 'vitest'
import {
  NO_DATA,
  formatAvailableOfScheduled,
  formatDuration,
  formatPercent,
  formatRating,
  formatSpan,
  hourLabel,
  localDay,
} from '../../../../client/staff/supervisor/format'

const S = 1000
const MIN = 60 * S
const H = 60 * MIN

describe('formatDuration', () => {
  it('writes seconds under a minute, then minutes and seconds, then hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 s')
    expect(formatDuration(42 * S)).toBe('42 s')
    expect(formatDuration(3 * MIN + 5 * S)).toBe('3 min 5 s')
    expect(formatDuration(4 * MIN)).toBe('4 min')
    expect(formatDuration(2 * H + 10 * MIN)).toBe('2 h 10 min')
  })

  it('rounds before splitting, so 59.6 s reads 1 min and never 60 s', () => {
    expect(formatDuration(59_600)).toBe('1 min')
    expect(formatDuration(H - 400)).toBe('1 h')
  })

  it('shows a dash when there is no figure yet', () => {
    expect(formatDuration(null)).toBe(NO_DATA)
    expect(formatDuration(undefined)).toBe(NO_DATA)
    expect(formatDuration(Number.NaN)).toBe(NO_DATA)
  })
})

describe('formatSpan and time on duty', () => {
  it('writes whole minutes and hours, rounding down', () => {
    expect(formatSpan(59 * S)).toBe('0 min')
    expect(formatSpan(45 * MIN)).toBe('45 min')
    expect(formatSpan(4 * H)).toBe('4 h')
    expect(formatSpan(2 * H + 10 * MIN + 59 * S)).toBe('2 h 10 min')
  })

  it('puts time available against time scheduled', () => {
    expect(formatAvailableOfScheduled(2 * H + 10 * MIN, 4 * H)).toBe('2 h 10 min / 4 h')
  })
})

describe('shares and ratings', () => {
  it('writes a share as a whole percentage, a dash with nothing to divide', () => {
    expect(formatPercent(0.874)).toBe('87 %')
    expect(formatPercent(1)).toBe('100 %')
    expect(formatPercent(null)).toBe(NO_DATA)
  })

  it('writes a rating with one decimal', () => {
    expect(formatRating(4.66)).toBe('4.7')
    expect(formatRating(5)).toBe('5.0')
    expect(formatRating(null)).toBe(NO_DATA)
  })
})

describe('days and hours', () => {
  it('gives the local day as YYYY-MM-DD', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it('labels an hour whichever way the report writes it', () => {
    expect(hourLabel('9')).toBe('09:00')
    expect(hourLabel('14:00')).toBe('14:00')
    expect(hourLabel('2026-12-03T08:00:00.000Z')).toBe('08:00')
    expect(hourLabel('noon')).toBe('noon')
  })
})
