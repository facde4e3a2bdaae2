/**
 * Guards the staff API: a request must carry `Authorization: Bearer <login token>` for an account
 * that is still active, and, where roles are given, hold one of them. The account in the store is
 * the truth for role and name (a demotion or deactivation applies to tokens already issued), the
 * same rule the room's onAuth follows (server/auth/identity.ts).
 */
import type { RequestHandler, Response } from 'express'
import { verifyStaffToken } from '../auth'
import type { StaffRole } from '../crm'
import type { Services } from '../services'
import { sendError } from './apiErrors'

/** Who is calling, as `requireStaff` found them; read it with `staffOf(res)`. */
export interface StaffCaller {
  id: string
  name: string
  role: StaffRole
}

const BEARER = /^Bearer\s+(\S+)\s*$/i
/** A login token is a few hundred characters; longer is not one of ours and costs no crypto. */
const MAX_TOKEN_CHARS = 4096

export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(BEARER)
  return match && match[1].length <= MAX_TOKEN_CHARS ? match[1] : null
}

export function requireStaff(services: Services, roles?: readonly StaffRole[]): RequestHandler {
  const now = services.now ?? Date.now
  return async (req, res, next) => {
    const { secret, store } = services
    if (!secret || !store) return sendError(res, 503, 'Staff sign-in is not available.')
    const token = bearerToken(req.get('authorization'))
    if (!token) return sendError(res, 401, 'Sign in first: this needs a staff token.')
    const claims = await verifyStaffToken(secret, token, now())
    const account = claims ? await store.getStaff(claims.staffId) : null
    if (!account?.active) return sendError(res, 401, 'The staff token is invalid or has expired.')
    if (roles && !roles.includes(account.role)) {
      return sendError(res, 403, `This needs the ${roles.join(' or ')} role.`)
    }
    const caller: StaffCaller = { id: account.id, name: account.name, role: account.role }
    res.locals.staff = caller
    next()
  }
}

/** The caller set by `requireStaff`; only call it in handlers mounted behind that guard. */
export function staffOf(res: Response): StaffCaller {
  return res.locals.staff as StaffCaller
}
