/**
 * Time on duty from two sources: the staff status log (what really happened: time marked
 * available) and planned shifts (what was meant to happen). Pure: the caller passes the window,
 * usually local midnight → now, and the entries.
 */
import { wallClock } from './day'

export interface StatusEntry {
  state: string
  at: number
}

export interface Window {
  from: number
  to: number
}

/**
 * States that count as on duty: marked available, or in a conversation (`busy`, which the hub
 * writes on accept and lifts when the conversation ends). A rep talking to a visitor is working,
 * not someone to chase.
 */
export const ON_DUTY: ReadonlySet<string> = new Set(['available', 'busy'])

/**
 * Milliseconds on duty (available or busy) within the window. `before` is the last entry written
 * before the window opened (the state the day started in); `entries` are this staff member's
 * entries in the window, any order. The last state lasts until the window closes (now).
 */
export function availableMs(
  before: StatusEntry | null,
  entries: readonly StatusEntry[],
  window: Window,
): number {
  let state = before?.state ?? 'offline'
  let since = window.from
  let total = 0
  const sorted = [...entries].sort((a, b) => a.at - b.at)
  for (const e of sorted) {
    const at = Math.min(Math.max(e.at, window.from), window.to)
    if (ON_DUTY.has(state)) total += at - since
    state = e.state
    since = at
  }
  if (ON_DUTY.has(state)) total += window.to - since
  return total
}

export interface PlannedShift {
  day: string
  start: string
  end: string
}

/** A shift as an interval of instants (server time zone). */
export function shiftInterval(s: PlannedShift): Window {
  return { from: wallClock(s.day, s.start), to: wallClock(s.day, s.end) }
}

/** True while `now` is inside the shift (start included, end excluded). */
export function covers(s: PlannedShift, now: number): boolean {
  const { from, to } = shiftInterval(s)
  return from <= now && now < to
}

/**
 * Milliseconds of planned shifts inside the window: each shift clipped to it (a shift not yet
 * started counts nothing, one under way counts up to now), overlapping shifts counted once.
 */
export function scheduledMs(shifts: readonly PlannedShift[], window: Window): number {
  const clipped = shifts
    .map(shiftInterval)
    .map((i) => ({ from: Math.max(i.from, window.from), to: Math.min(i.to, window.to) }))
    .filter((i) => i.to > i.from)
    .sort((a, b) => a.from - b.from)
  let total = 0
  let end = -Infinity
  for (const i of clipped) {
    const from = Math.max(i.from, end)
    if (i.to > from) total += i.to - from
    end = Math.max(end, i.to)
  }
  return total
}
