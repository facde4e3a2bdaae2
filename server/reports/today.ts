/**
 * Today's numbers for the supervisor (`GET /api/supervisor/today`), from the rows the store read
 * since local midnight (server/crm/reports.ts). Pure: `now` and the day come from the caller.
 *
 * What counts: a summon counts on the day (and hour) it was requested; it is answered once a rep
 * accepted it, in target when that took at most the answer target. A visitor counts when one of
 * their visits started today; a station's dwell when it was entered today. Ratings are those of
 * today's summons. Tickets are all open ones, whenever they were left.
 */
import type { StationId } from '../../shared/showroom'
import type { TodayReport } from '../../shared/staffApi'
import type { ActivityRows, HandoffFact } from '../crm/reports'
import { HOUR_MS, hourLabel } from './day'
import { percentile } from './percentile'

export interface TodayInput {
  rows: ActivityRows
  day: string
  /** Local midnight that started `day`, epoch ms. */
  start: number
  now: number
  targetMs: number
}

const answered = (h: HandoffFact) => h.acceptedAt !== null
/** Accept → the rep's first line: the store keeps both from the request, so the difference. */
export function firstResponseAfterAccept(h: HandoffFact): number | null {
  if (h.firstResponseMs === null || h.waitMs === null) return null
  return Math.max(0, h.firstResponseMs - h.waitMs)
}

const present = <T>(v: T | null): v is T => v !== null

export function todayReport(input: TodayInput): TodayReport {
  const { rows, start, now, targetMs } = input
  const summons = rows.handoffs.filter((h) => h.requestedAt >= start && h.requestedAt <= now)
  const took = summons.filter(answered)
  const inTarget = took.filter((h) => h.waitMs !== null && h.waitMs <= targetMs)
  const waits = took.map((h) => h.waitMs).filter(present)
  const ratings = summons.map((h) => h.rating).filter(present)
  const visits = rows.visits.filter((v) => v.startedAt >= start && v.startedAt <= now)
  return {
    day: input.day,
    targetMs,
    numbers: {
      visitors: new Set(visits.map((v) => v.visitorId)).size,
      summons: summons.length,
      answered: took.length,
      answeredWithinTarget: inTarget.length,
      answeredWithinTargetRate: summons.length ? inTarget.length / summons.length : null,
      waitP50Ms: percentile(waits, 50),
      waitP90Ms: percentile(waits, 90),
      firstResponseP50Ms: percentile(took.map(firstResponseAfterAccept).filter(present), 50),
      missed: summons.filter((h) => h.status === 'missed').length,
      satisfactionAvg: ratingMean(ratings),
      ratings: ratings.length,
      ticketsOpen: rows.openTicketsDue.length,
      ticketsOverdue: rows.openTicketsDue.filter((due) => due < now).length,
    },
    hourly: hourly(input, summons, visits),
    stations: stations(rows.dwells),
  }
}

/** Scores 1..5 to two decimals (4.67), or null with none. */
export function ratingMean(scores: readonly number[]): number | null {
  if (scores.length === 0) return null
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100
}

/** One bucket per hour from midnight up to and including the hour now is in. */
export function hourly(
  input: Pick<TodayInput, 'start' | 'now'>,
  summons: readonly HandoffFact[],
  visits: readonly { visitorId: string; startedAt: number }[],
): TodayReport['hourly'] {
  const { start, now } = input
  const count = Math.max(1, Math.floor((now - start) / HOUR_MS) + 1)
  const index = (at: number) => Math.floor((at - start) / HOUR_MS)
  const buckets = Array.from({ length: count }, (_, i) => ({
    hour: hourLabel(start + i * HOUR_MS),
    visitors: new Set<string>(),
    summons: 0,
    answered: 0,
    missed: 0,
  }))
  for (const v of visits) buckets[index(v.startedAt)]?.visitors.add(v.visitorId)
  for (const h of summons) {
    const b = buckets[index(h.requestedAt)]
    if (!b) continue
    b.summons++
    if (answered(h)) b.answered++
    if (h.status === 'missed') b.missed++
  }
  return buckets.map((b) => ({ ...b, visitors: b.visitors.size }))
}

/** Stations by total dwell, busiest first; `visits` counts the distinct visits that stopped by. */
export function stations(rows: ActivityRows['dwells']): TodayReport['stations'] {
  const by = new Map<string, { dwellMs: number; visits: Set<string> }>()
  for (const d of rows) {
    const s = by.get(d.stationId) ?? { dwellMs: 0, visits: new Set<string>() }
    s.dwellMs += d.dwellMs
    s.visits.add(d.visitId)
    by.set(d.stationId, s)
  }
  return [...by]
    .map(([stationId, s]) => ({
      stationId: stationId as StationId,
      dwellMs: s.dwellMs,
      visits: s.visits.size,
    }))
    .sort((a, b) => b.dwellMs - a.dwellMs || a.stationId.localeCompare(b.stationId))
}
