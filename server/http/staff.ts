/**
 * Staff accounts for supervisors: list, create, deactivate, set a new password. The same rules
 * and hashing as `npm run staff` (server/auth/accountRules.ts, server/auth/password.ts). The store
 * is the truth for `active`, so a deactivation applies at once to tokens already issued
 * (requireStaff, the room's onAuth) and to seats already taken (the `staff-deactivated` bulletin).
 */
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import {
  EMAIL_PATTERN,
  MAX_EMAIL_CHARS,
  MAX_PASSWORD_CHARS,
  MIN_PASSWORD_CHARS,
} from '../auth/accountRules'
import { hashPassword } from '../auth/password'
import { DuplicateEmailError, type StaffRecord } from '../crm'
import { STAFF_DEACTIVATED_TOPIC, publishBulletin } from '../rooms/bulletins'
import type { Services } from '../services'
import { apiErrors, jsonBody, sendError } from './apiErrors'
import { requireStaff, staffOf } from './requireStaff'

/** Counted as the CLI counts it: surrounding spaces do not make a password long enough. */
const Password = z
  .string()
  .max(MAX_PASSWORD_CHARS)
  .refine((p) => p.trim().length >= MIN_PASSWORD_CHARS)
const NewStaff = z
  .object({
    email: z.string().trim().max(MAX_EMAIL_CHARS).regex(EMAIL_PATTERN),
    name: z.string().trim().min(1).max(60),
    role: z.enum(['rep', 'supervisor']),
    password: Password,
  })
  .strict()
const NewPassword = z.object({ password: Password }).strict()
const StaffId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

const INVALID_STAFF = `A staff account needs an email, a name (1 to 60 characters), the role rep or supervisor and a password of at least ${MIN_PASSWORD_CHARS} characters.`
const INVALID_PASSWORD = `The password must be ${MIN_PASSWORD_CHARS} to ${MAX_PASSWORD_CHARS} characters.`

/** shared/staffApi.ts `StaffMember`: never the hash. */
const view = (s: StaffRecord) => ({
  id: s.id,
  email: s.email,
  name: s.name,
  role: s.role,
  active: s.active,
  createdAt: new Date(s.createdAt).toISOString(),
})

function staffIdOf(req: Request, res: Response): string | null {
  const id = StaffId.safeParse(req.params.staffId)
  if (id.success) return id.data
  sendError(res, 404, 'No staff account with that id.')
  return null
}

export function staffRoutes(services: Services): Router {
  const now = services.now ?? Date.now
  const supervisor = requireStaff(services, ['supervisor'])
  const store = () => services.store!
  const router = Router()
  router.use('/api/staff', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store')
    next()
  })

  router.get('/api/staff', supervisor, async (_req, res) => {
    res.json({ staff: (await store().listStaff()).map(view) })
  })

  router.post('/api/staff', supervisor, jsonBody, async (req, res) => {
    const body = NewStaff.safeParse(req.body)
    if (!body.success) return sendError(res, 400, INVALID_STAFF)
    const { password, ...account } = body.data
    try {
      const passwordHash = await hashPassword(password)
      const staff = await store().createStaff({ ...account, passwordHash, at: now() })
      services.logger.info('staff added', { staffId: staff.id, by: staffOf(res).id })
      res.status(201).json({ staff: view(staff) })
    } catch (err) {
      if (!(err instanceof DuplicateEmailError)) throw err
      sendError(res, 409, 'A staff account with that email already exists.')
    }
  })

  router.post('/api/staff/:staffId/deactivate', supervisor, async (req, res) => {
    const staffId = staffIdOf(req, res)
    if (staffId === null) return
    if (staffId === staffOf(res).id) {
      return sendError(res, 400, 'You cannot deactivate your own account.')
    }
    if (!(await store().deactivateStaff(staffId))) {
      return sendError(res, 404, 'No staff account with that id.')
    }
    publishBulletin(STAFF_DEACTIVATED_TOPIC, { staffId }, services.logger)
    services.logger.info('staff deactivated', { staffId, by: staffOf(res).id })
    res.json({ staff: view((await store().getStaff(staffId))!) })
  })

  router.post('/api/staff/:staffId/password', supervisor, jsonBody, async (req, res) => {
    const staffId = staffIdOf(req, res)
    if (staffId === null) return
    const body = NewPassword.safeParse(req.body)
    if (!body.success) return sendError(res, 400, INVALID_PASSWORD)
    const passwordHash = await hashPassword(body.data.password)
    if (!(await store().setStaffPassword(staffId, passwordHash))) {
      return sendError(res, 404, 'No staff account with that id.')
    }
    services.logger.info('staff password set', { staffId, by: staffOf(res).id })
    res.json({ staff: view((await store().getStaff(staffId))!) })
  })

  router.use(apiErrors(services.logger))
  return router
}
