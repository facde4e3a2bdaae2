/**
 * The CRM over HTTP for staff: handoffs and visits for anyone signed in; export and erase of a
 * visitor for supervisors only (DESIGN.md, "Privacy"). Views come from the store already in the
 * contract's shape (ISO 8601 times); this file validates input, checks roles and says who did
 * what with personal data.
 */
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import type { Services } from '../services'
import { apiErrors, sendError } from './apiErrors'
import { requireStaff, staffOf } from './requireStaff'

/** How many rows a listing returns unless asked: a day or two of a busy showroom. */
const DEFAULT_LIMIT = 200
const MAX_LIMIT = 1000

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
})
/** Visitor ids are UUIDs today; the looser rule keeps ids from other imports addressable. */
const VisitorId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

function listLimit(req: Request, res: Response): number | null {
  const query = ListQuery.safeParse(req.query)
  if (query.success) return query.data.limit
  sendError(res, 400, `limit must be a whole number from 1 to ${MAX_LIMIT}.`)
  return null
}

function visitorIdOf(req: Request, res: Response): string | null {
  const id = VisitorId.safeParse(req.params.visitorId)
  if (id.success) return id.data
  sendError(res, 400, 'visitorId must be 1 to 64 letters, digits or dashes.')
  return null
}

export function crmRoutes(services: Services): Router {
  const now = services.now ?? Date.now
  const staff = requireStaff(services)
  const supervisor = requireStaff(services, ['supervisor'])
  // requireStaff answers 503 without a store, so past it the store is there.
  const store = () => services.store!
  const router = Router()

  router.get('/api/crm/handoffs', staff, async (req, res) => {
    const limit = listLimit(req, res)
    if (limit === null) return
    res.setHeader('Cache-Control', 'no-store')
    res.json({ handoffs: await store().listHandoffs({ limit }) })
  })

  router.get('/api/crm/visits', staff, async (req, res) => {
    const limit = listLimit(req, res)
    if (limit === null) return
    res.setHeader('Cache-Control', 'no-store')
    res.json({ visits: await store().listVisits({ limit }) })
  })

  router.get('/api/crm/visitors/:visitorId/export', supervisor, async (req, res) => {
    const visitorId = visitorIdOf(req, res)
    if (visitorId === null) return
    const data = await store().exportVisitor(visitorId, now())
    if (!data) return sendError(res, 404, 'No visitor with that id.')
    services.logger.info('visitor exported', { visitorId, by: staffOf(res).id })
    res.setHeader('Cache-Control', 'no-store')
    res.json(data)
  })

  router.delete('/api/crm/visitors/:visitorId', supervisor, async (req, res) => {
    const visitorId = visitorIdOf(req, res)
    if (visitorId === null) return
    if (!(await store().eraseVisitor(visitorId))) {
      return sendError(res, 404, 'No visitor with that id.')
    }
    services.logger.info('visitor erased', { visitorId, by: staffOf(res).id })
    res.status(204).end()
  })

  router.use(apiErrors(services.logger))
  return router
}
