/**
 * Today's figures per staff member (`GET /api/supervisor/scoreboard`) and who is on duty now
 * (`GET /api/supervisor/coverage`). Pure: rows from the store, `now` and the day from the caller.
 * A handoff counts for the rep who accepted it, on the day it was accepted.
 */
import type { Coverage, ScoreboardRow } from '../../shared/staffApi'
import type { HandoffFact } from '../crm/reports'
import type { StaffRecord, StaffStatusEntry } from '../crm/types'
import { meanMs, percentile } from './percentile'
import {
  availableMs,
  covers,
  ON_DUTY,
  scheduledMs,
  type PlannedShift,
  type Window,
} from './staffTime'
import { firstResponseAfterAccept, ratingMean } from './today'

export interface ScoreboardInput {
  staff: readonly StaffRecord[]
  handoffs: readonly HandoffFact[]
  /** Each staff member's latest status before the window opened. */
  statusBefore: readonly StaffStatusEntry[]
  /** Status entries inside the window, any order. */
  status: readonly StaffStatusEntry[]
  shifts: readonly (PlannedShift & { staffId: string })[]
  /** Local midnight → now. */
  window: Window
}

const present = <T>(v: T | null): v is T => v !== null

/** One row per active staff member, by name. */
export function scoreboard(input: ScoreboardInput): ScoreboardRow[] {
  const { window } = input
  return input.staff
    .filter((s) => s.active)
    .map((s) => {
      const handled = input.handoffs.filter(
        (h) =>
          h.repId === s.id &&
          h.acceptedAt !== null &&
          h.acceptedAt >= window.from &&
          h.acceptedAt <= window.to,
      )
      const ratings = handled.map((h) => h.rating).filter(present)
      const before = input.statusBefore.find((e) => e.staffId === s.id) ?? null
      return {
        staffId: s.id,
        name: s.name,
        role: s.role,
        handled: handled.length,
        avgWaitMs: meanMs(handled.map((h) => h.waitMs).filter(present)),
        firstResponseP50Ms: percentile(handled.map(firstResponseAfterAccept).filter(present), 50),
        ratingAvg: ratingMean(ratings),
        ratings: ratings.length,
        availableMs: availableMs(
          before,
          input.status.filter((e) => e.staffId === s.id),
          window,
        ),
        scheduledMs: scheduledMs(
          input.shifts.filter((sh) => sh.staffId === s.id),
          window,
        ),
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.staffId.localeCompare(b.staffId))
}

export interface CoverageInput {
  staff: readonly StaffRecord[]
  /** Each staff member's latest status now. */
  latest: readonly StaffStatusEntry[]
  /** Today's shifts. */
  shifts: readonly (PlannedShift & { staffId: string })[]
  minReps: number
  now: number
}

/**
 * The live truth against the plan: who is on duty now: the latest status entry of each active
 * account is `available`, or `busy` in a conversation (leaving the showroom writes `offline`), and whose shift
 * covers now, each with whether they are available.
 */
export function coverage(input: CoverageInput): Coverage {
  const names = new Map(input.staff.map((s) => [s.id, s]))
  const availableIds = new Set(
    input.latest
      .filter((e) => ON_DUTY.has(e.state) && names.get(e.staffId)?.active)
      .map((e) => e.staffId),
  )
  const nameOf = (id: string) => names.get(id)?.name ?? 'Unknown'
  const available = [...availableIds]
    .map((staffId) => ({ staffId, name: nameOf(staffId) }))
    .sort((a, b) => a.name.localeCompare(b.name))
  const onShift = new Set(input.shifts.filter((s) => covers(s, input.now)).map((s) => s.staffId))
  const scheduled = [...onShift]
    .map((staffId) => ({ staffId, name: nameOf(staffId), available: availableIds.has(staffId) }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return {
    minReps: input.minReps,
    available,
    scheduled,
    belowMinimum: available.length < input.minReps,
  }
}
