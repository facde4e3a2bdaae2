/**
 * The supervisor's console over HTTP: today's numbers, the per-rep scoreboard, planned shifts and
 * coverage against the minimum number of reps. Supervisors only. "Today" is local midnight → now
 * in the server time zone (server/reports/day.ts); the figures are computed by the pure functions
 * in server/reports from rows the store reads (server/crm/reports.ts).
 */
import { Router, type Response } from 'express'
import { z } from 'zod'
import type { Shift } from '../../shared/staffApi'
import type { ShiftRecord } from '../crm/shifts'
import type { StaffRecord } from '../crm/types'
import { DEFAULT_CONFIG } from '../handoff/workflow'
import { isClock, isDay, serverDay } from '../reports/day'
import { coverage, scoreboard } from '../reports/scoreboard'
import { todayReport } from '../reports/today'
import type { Services } from '../services'
import { apiErrors, jsonBody, sendError } from './apiErrors'
import { requireStaff, staffOf } from './requireStaff'

/** Where the minimum lives in the settings table, and what it is until a supervisor sets it. */
const MIN_REPS_KEY = 'minReps'
const DEFAULT_MIN_REPS = 1
const MAX_MIN_REPS = 50

const Id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
const Day = z.string().refine(isDay)
const Clock = z.string().refine(isClock)
const DayQuery = z.object({ day: Day.optional() })
const NewShift = z
  .object({ staffId: Id, day: Day, start: Clock, end: Clock })
  .strict()
  // HH:MM compares as text; 24:00 sorts after every other time of day.
  .refine((s) => s.end > s.start)
const MinReps = z.object({ minReps: z.number().int().min(0).max(MAX_MIN_REPS) }).strict()

function shiftView(s: ShiftRecord, staff: readonly StaffRecord[]): Shift {
  const name = staff.find((m) => m.id === s.staffId)?.name ?? 'Unknown'
  return { id: s.id, staffId: s.staffId, staffName: name, day: s.day, start: s.start, end: s.end }
}

const noStore = (res: Response) => res.setHeader('Cache-Control', 'no-store')

export function supervisorRoutes(services: Services): Router {
  const now = services.now ?? Date.now
  const supervisor = requireStaff(services, ['supervisor'])
  // requireStaff answers 503 without a store, so past it the store is there.
  const store = () => services.store!
  const targetMs = services.handoff?.answerTargetMs ?? DEFAULT_CONFIG.answerTargetMs
  const router = Router()

  async function minReps(): Promise<number> {
    const stored = await store().getSetting(MIN_REPS_KEY)
    const value = stored === null ? NaN : Number(stored)
    return Number.isInteger(value) && value >= 0 ? value : DEFAULT_MIN_REPS
  }

  router.get('/api/supervisor/today', supervisor, async (_req, res) => {
    const at = now()
    const { day, start } = serverDay(at)
    const rows = await store().activitySince(start)
    noStore(res)
    res.json(todayReport({ rows, day, start, now: at, targetMs }))
  })

  router.get('/api/supervisor/scoreboard', supervisor, async (_req, res) => {
    const at = now()
    const { day, start } = serverDay(at)
    const [staff, rows, statusBefore, status, shifts] = await Promise.all([
      store().listStaff(),
      store().activitySince(start),
      store().staffStatusAt(start - 1),
      store().listStaffStatus({ since: start }),
      store().listShifts({ day }),
    ])
    const window = { from: start, to: at }
    noStore(res)
    res.json({
      reps: scoreboard({ staff, handoffs: rows.handoffs, statusBefore, status, shifts, window }),
    })
  })

  router.get('/api/supervisor/shifts', supervisor, async (req, res) => {
    const query = DayQuery.safeParse(req.query)
    if (!query.success) return sendError(res, 400, 'day must be a date written YYYY-MM-DD.')
    const day = query.data.day ?? serverDay(now()).day
    const [staff, shifts, min] = await Promise.all([
      store().listStaff(),
      store().listShifts({ day }),
      minReps(),
    ])
    noStore(res)
    res.json({ day, minReps: min, shifts: shifts.map((s) => shiftView(s, staff)) })
  })

  router.post('/api/supervisor/shifts', supervisor, jsonBody, async (req, res) => {
    const body = NewShift.safeParse(req.body)
    if (!body.success) {
      const why = 'A shift needs staffId, day (YYYY-MM-DD), start and end (HH:MM), end after start.'
      return sendError(res, 400, why)
    }
    const member = await store().getStaff(body.data.staffId)
    if (!member?.active) return sendError(res, 400, 'No active staff member with that id.')
    const by = staffOf(res).id
    const shift = await store().createShift({ ...body.data, createdBy: by, at: now() })
    services.logger.info('shift planned', { shiftId: shift.id, staffId: shift.staffId, by })
    noStore(res)
    res.status(201).json({ shift: shiftView(shift, [member]) })
  })

  router.delete('/api/supervisor/shifts/:shiftId', supervisor, async (req, res) => {
    const id = Id.safeParse(req.params.shiftId)
    if (!id.success)
      return sendError(res, 400, 'shiftId must be 1 to 64 letters, digits or dashes.')
    if (!(await store().deleteShift(id.data))) return sendError(res, 404, 'No shift with that id.')
    services.logger.info('shift removed', { shiftId: id.data, by: staffOf(res).id })
    res.status(204).end()
  })

  router.get('/api/supervisor/coverage', supervisor, async (_req, res) => {
    const at = now()
    const { day } = serverDay(at)
    const [staff, latest, shifts, min] = await Promise.all([
      store().listStaff(),
      store().staffStatusAt(at),
      store().listShifts({ day }),
      minReps(),
    ])
    noStore(res)
    res.json(coverage({ staff, latest, shifts, minReps: min, now: at }))
  })

  router.put('/api/supervisor/coverage', supervisor, jsonBody, async (req, res) => {
    const body = MinReps.safeParse(req.body)
    if (!body.success) {
      return sendError(res, 400, `minReps must be a whole number from 0 to ${MAX_MIN_REPS}.`)
    }
    await store().setSetting(MIN_REPS_KEY, String(body.data.minReps))
    services.logger.info('minimum reps set', { minReps: body.data.minReps, by: staffOf(res).id })
    noStore(res)
    res.json({ minReps: body.data.minReps })
  })

  router.use(apiErrors(services.logger))
  return router
}
