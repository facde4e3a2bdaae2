/**
 * The supervisor's day, in the **server time zone**: the time zone of the server process (the
 * `TZ` environment variable, else the machine's). "Today" starts at local midnight there, and
 * shifts are wall-clock times there. Every function takes the time it works on, so callers (and
 * tests) inject `now` and the day start instead of reading a clock.
 */

export const HOUR_MS = 3_600_000

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** 24-hour wall-clock time; `24:00` is the end of the day (a shift may end at midnight). */
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/

const pad = (n: number) => String(n).padStart(2, '0')

/** YYYY-MM-DD of an instant, in the server time zone. */
export function dayOf(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isDay(text: string): boolean {
  const m = DAY.exec(text)
  if (!m) return false
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return dayOf(d.getTime()) === text
}

/** True for HH:MM from 00:00 to 23:59, or 24:00. */
export function isClock(text: string): boolean {
  return CLOCK.test(text)
}

/** Local midnight at the start of `day` (YYYY-MM-DD), in epoch ms. */
export function startOfDay(day: string): number {
  return wallClock(day, '00:00')
}

/** The instant a wall-clock time (HH:MM, or 24:00 for the next midnight) falls on `day`. */
export function wallClock(day: string, clock: string): number {
  if (!isDay(day) || !isClock(clock)) throw new RangeError(`not a day and time: ${day} ${clock}`)
  const [y, mo, d] = day.split('-').map(Number)
  const [h, mi] = clock.split(':').map(Number)
  // Date takes hour 24 as midnight of the next day, and carries across a DST change correctly.
  return new Date(y, mo - 1, d, h, mi).getTime()
}

/** The server day an instant falls on, and when that day started. */
export function serverDay(now: number): { day: string; start: number } {
  const day = dayOf(now)
  return { day, start: startOfDay(day) }
}

/** HH:00 of an instant in the server time zone: the label of an hour on the charts. */
export function hourLabel(ms: number): string {
  return `${pad(new Date(ms).getHours())}:00`
}
