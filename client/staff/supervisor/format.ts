/**
 * How the dashboard writes numbers for people: durations in words a supervisor reads at a glance
 * ("42 s", "3 min 5 s", "2 h 10 min"), shares as whole percentages, a dash for "no data yet".
 */

/** Shown where a figure has no data yet (no summons today, no ratings). */
export const NO_DATA = '—'

const S = 1000
const MIN = 60 * S
const H = 60 * MIN

/** A wait or a response time: seconds under a minute, then minutes and seconds, then h and min. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return NO_DATA
  // Round once, then split: 59.6 s must read "1 min", never "60 s".
  const total = Math.max(0, Math.round(ms / S))
  if (total < 60) return `${total} s`
  if (total < H / S) {
    const s = total % 60
    return `${Math.floor(total / 60)} min${s ? ` ${s} s` : ''}`
  }
  return formatSpan(total * S)
}

/** Time on duty: hours and minutes only ("0 min", "45 min", "2 h 10 min", "4 h"). */
export function formatSpan(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return NO_DATA
  const minutes = Math.max(0, Math.floor(ms / MIN))
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} min`
  return `${h} h${m ? ` ${m} min` : ''}`
}

/** "2 h 10 min / 4 h": time marked available against time on planned shifts. */
export const formatAvailableOfScheduled = (availableMs: number, scheduledMs: number) =>
  `${formatSpan(availableMs)} / ${formatSpan(scheduledMs)}`

/** A 0..1 share as a whole percentage ("87 %"); a dash when there is nothing to divide. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return NO_DATA
  return `${Math.round(share * 100)} %`
}

/** An average rating out of 5 with one decimal ("4.6"), or a dash. */
export function formatRating(avg: number | null | undefined): string {
  if (avg === null || avg === undefined || !Number.isFinite(avg)) return NO_DATA
  return avg.toFixed(1)
}

/** Today's date in the browser's time zone as YYYY-MM-DD (what `<input type="date">` uses). */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The hour axis label ("09:00") from the report's `hour`, whether "9", "09:00" or ISO 8601. */
export function hourLabel(hour: string): string {
  const clock = /^(\d{1,2})(?::\d\d)?$/.exec(hour)
  if (clock) return `${clock[1].padStart(2, '0')}:00`
  const iso = /T(\d\d):/.exec(hour)
  if (iso) return `${iso[1]}:00`
  return hour
}
