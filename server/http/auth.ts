/**
 * `POST /api/auth/login` and `GET /api/auth/me`: staff sign in with email and password and get a
 * short-lived signed token (DESIGN.md, "Identity"). One answer for an unknown email, a wrong
 * password and a deactivated account, and the same scrypt work for all three, so neither the
 * words nor the timing tell a guesser which emails have accounts. Failures are throttled per
 * email and per address (server/auth/throttle.ts).
 */
import { randomUUID } from 'node:crypto'
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import { hashPassword, signStaffToken, verifyPassword } from '../auth'
import type { StaffRecord } from '../crm'
import type { Services } from '../services'
import { apiErrors, jsonBody, sendError } from './apiErrors'
import { requireStaff, staffOf } from './requireStaff'

const LoginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
})

const WRONG_CREDENTIALS = 'Wrong email or password.'

/** The contract's `staff` object: never the email, never the hash. */
const publicStaff = (s: Pick<StaffRecord, 'id' | 'name' | 'role'>) => ({
  id: s.id,
  name: s.name,
  role: s.role,
})

/** The throttle counts per address; behind a proxy this is what `trust proxy` makes of it. */
const clientAddress = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown'

export function authRoutes(services: Services): Router {
  const now = services.now ?? Date.now
  // Verified against when the email is unknown, so that answer costs as long as a wrong password.
  // Made up front so even the first unknown email takes no longer than the others.
  const decoyHash = hashPassword(randomUUID())
  decoyHash.catch(() => undefined) // a failure surfaces (500, logged) where it is awaited

  const refuse = (res: Response, retryAfterMs: number) => {
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))))
    sendError(res, 429, 'Too many failed sign-ins: wait a while and try again.')
  }

  const router = Router()
  router.post('/api/auth/login', jsonBody, async (req, res) => {
    const { store, secret, loginThrottle: throttle } = services
    if (!store || !secret) return sendError(res, 503, 'Staff sign-in is not available.')
    const body = LoginBody.safeParse(req.body)
    if (!body.success) return sendError(res, 400, 'Send {email, password} as JSON strings.')
    const { email, password } = body.data
    const ip = clientAddress(req)
    const verdict = throttle?.check(email, ip, now())
    if (verdict && !verdict.allowed) return refuse(res, verdict.retryAfterMs)

    const account = await store.getStaffByEmail(email)
    const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash))
    if (!account || !matches || !account.active) {
      throttle?.recordFailure(email, ip, now())
      services.logger.info('staff login refused', { ip, known: Boolean(account) })
      return sendError(res, 401, WRONG_CREDENTIALS)
    }
    throttle?.recordSuccess(email)
    const staff = { staffId: account.id, name: account.name, role: account.role }
    const token = await signStaffToken(secret, staff, now())
    services.logger.info('staff signed in', { staffId: account.id, role: account.role })
    res.setHeader('Cache-Control', 'no-store')
    res.json({ token, staff: publicStaff(account) })
  })

  router.get('/api/auth/me', requireStaff(services), (_req, res) => {
    res.json({ staff: publicStaff(staffOf(res)) })
  })

  router.use(apiErrors(services.logger))
  return router
}
