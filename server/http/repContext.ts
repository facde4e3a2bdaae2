/**
 * What a rep needs about the visitor in front of them: the visitor's profile (visits, stations,
 * past conversations; contact details only with consent) and saving the lead they take in the
 * conversation, once per idempotency key, as the visitor's contact and with who took it. Reps and
 * supervisors alike; every answer names a visitor, so none is cached.
 */
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import { toVisitorProfile } from '../crm/visitorSummary'
import type { Services } from '../services'
import { apiErrors, jsonBody, sendError } from './apiErrors'
import { CONTACT_NEEDED, hasContact, keepLead, leadFields, leadProblem } from './leadInput'
import { requireStaff, staffOf } from './requireStaff'

/** The same rule as the CRM routes: UUIDs today, other imported ids stay addressable. */
const VisitorId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
const RepLead = z
  .object({ ...leadFields, visitorId: VisitorId })
  .strict()
  .refine(hasContact, CONTACT_NEEDED)

function visitorIdOf(req: Request, res: Response): string | null {
  const id = VisitorId.safeParse(req.params.visitorId)
  if (id.success) return id.data
  sendError(res, 400, 'visitorId must be 1 to 64 letters, digits or dashes.')
  return null
}

export function repContextRoutes(services: Services): Router {
  const now = services.now ?? Date.now
  const staff = requireStaff(services, ['rep', 'supervisor'])
  // requireStaff answers 503 without a store, so past it the store is there.
  const store = () => services.store!
  const router = Router()

  router.get('/api/crm/visitors/:visitorId/profile', staff, async (req, res) => {
    const visitorId = visitorIdOf(req, res)
    if (visitorId === null) return
    const history = await store().visitorHistory(visitorId)
    if (!history) return sendError(res, 404, 'No visitor with that id.')
    res.setHeader('Cache-Control', 'no-store')
    res.json(toVisitorProfile(history))
  })

  router.post('/api/crm/leads', staff, jsonBody, async (req, res) => {
    const body = RepLead.safeParse(req.body)
    if (!body.success) return sendError(res, 400, leadProblem(body.error))
    const { consent: _consent, ...lead } = body.data
    if (!(await store().getVisitor(lead.visitorId))) {
      return sendError(res, 404, 'No visitor with that id.')
    }
    const takenBy = staffOf(res).id
    const { created } = await keepLead(store(), { ...lead, kioskId: null, takenBy, at: now() })
    if (created) services.logger.info('lead taken', { visitorId: lead.visitorId, by: takenBy })
    res.setHeader('Cache-Control', 'no-store')
    res.status(created ? 201 : 200).json({ id: lead.id, created })
  })

  router.use(apiErrors(services.logger))
  return router
}
