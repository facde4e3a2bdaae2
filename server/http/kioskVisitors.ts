/**
 * What a kiosk sends on behalf of the person at the booth: their lead (saved once per idempotency
 * key, so the kiosk may retry after losing the connection) and a one-time, expiring code that
 * continues the visit on their phone as the same visitor. `POST /api/handover/:code` redeems it.
 */
import { randomBytes } from 'node:crypto'
import { Router, type RequestHandler } from 'express'
import { z } from 'zod'
import { signVisitorToken, verifyVisitorToken } from '../auth/tokens'
import type { Services } from '../services'
import { apiErrors, jsonBody, sendError } from './apiErrors'
import { CONTACT_NEEDED, hasContact, keepLead, leadFields, leadProblem } from './leadInput'
import { bearerToken } from './requireStaff'

/** Long enough to scan and open, short enough that a photo of the screen is soon useless. */
export const HANDOVER_TTL_MS = 10 * 60_000

const Lead = z
  .object({ ...leadFields, visitorToken: z.string().max(512).optional() })
  .strict()
  .refine(hasContact, CONTACT_NEEDED)
const Handover = z.object({ visitorToken: z.string().min(1).max(512) }).strict()
const Code = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/)

function requireKiosk(services: Services): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req.get('authorization'))
    const kiosk = token && services.identity ? await services.identity.verifyKiosk(token) : null
    if (!kiosk) return sendError(res, 401, 'A registered kiosk token is required.')
    res.locals.kiosk = kiosk
    next()
  }
}

export function kioskVisitorRoutes(services: Services): Router {
  const now = services.now ?? Date.now
  const kiosk = requireKiosk(services)
  const store = () => services.store!
  const router = Router()
  const visitorOf = async (token: string | undefined) =>
    token ? ((await verifyVisitorToken(services.secret!, token, now()))?.visitorId ?? null) : null

  router.post('/api/kiosk/leads', kiosk, jsonBody, async (req, res) => {
    const body = Lead.safeParse(req.body)
    if (!body.success) return sendError(res, 400, leadProblem(body.error))
    const { visitorToken, consent: _consent, ...lead } = body.data
    const { created } = await keepLead(store(), {
      ...lead,
      kioskId: (res.locals.kiosk as { kioskId: string }).kioskId,
      visitorId: await visitorOf(visitorToken),
      takenBy: null,
      at: now(),
    })
    res.status(created ? 201 : 200).json({ id: lead.id, created })
  })

  router.post('/api/kiosk/handover', kiosk, jsonBody, async (req, res) => {
    const body = Handover.safeParse(req.body)
    const visitorId = body.success ? await visitorOf(body.data.visitorToken) : null
    if (!visitorId) return sendError(res, 400, 'A valid visitorToken is required.')
    const code = randomBytes(18).toString('base64url')
    const expiresAt = now() + HANDOVER_TTL_MS
    await store().createHandover({ code, visitorId, expiresAt })
    res.setHeader('Cache-Control', 'no-store')
    res
      .status(201)
      .json({ code, url: `/?handover=${code}`, expiresAt: new Date(expiresAt).toISOString() })
  })

  router.post('/api/handover/:code', async (req, res) => {
    const code = Code.safeParse(req.params.code)
    const visitorId = code.success ? await store().redeemHandover(code.data, now()) : null
    if (!visitorId) return sendError(res, 410, 'This link has been used or has expired.')
    res.setHeader('Cache-Control', 'no-store')
    res.json({ visitorToken: await signVisitorToken(services.secret!, visitorId, now()) })
  })

  router.use(apiErrors(services.logger))
  return router
}
