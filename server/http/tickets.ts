/**
 * Messages and call-back requests left when nobody could come, for staff: the open ones (oldest
 * due first, with their due time), a reply (recorded with who wrote it), and resolving one.
 */
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import type { TicketRecord } from '../crm/types'
import type { Services } from '../services'
import { apiErrors, jsonBody, sendError } from './apiErrors'
import { requireStaff, staffOf } from './requireStaff'

const TicketId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
const Reply = z.object({ text: z.string().trim().min(1).max(4000) }).strict()
const Query = z.object({ status: z.enum(['open', 'resolved']).default('open') })

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

/** The ticket as staff see it: times in ISO 8601 like every other CRM answer. */
function view(t: TicketRecord) {
  return {
    ...t,
    createdAt: iso(t.createdAt),
    dueAt: iso(t.dueAt),
    resolvedAt: iso(t.resolvedAt),
    replies: t.replies.map((r) => ({ ...r, at: iso(r.at) })),
  }
}

function idOf(req: Request, res: Response): string | null {
  const id = TicketId.safeParse(req.params.ticketId)
  if (id.success) return id.data
  sendError(res, 400, 'ticketId must be 1 to 64 letters, digits or dashes.')
  return null
}

export function ticketRoutes(services: Services): Router {
  const now = services.now ?? Date.now
  const staff = requireStaff(services)
  const store = () => services.store!
  const router = Router()

  router.get('/api/crm/tickets', staff, async (req, res) => {
    const query = Query.safeParse(req.query)
    if (!query.success) return sendError(res, 400, 'status must be open or resolved.')
    res.setHeader('Cache-Control', 'no-store')
    const tickets = await store().listTickets({ status: query.data.status })
    res.json({ tickets: tickets.map(view) })
  })

  router.post('/api/crm/tickets/:ticketId/reply', staff, jsonBody, async (req, res) => {
    const id = idOf(req, res)
    if (id === null) return
    const body = Reply.safeParse(req.body)
    if (!body.success) return sendError(res, 400, 'A reply needs text (1 to 4000 characters).')
    const ok = await store().replyTicket(id, {
      staffId: staffOf(res).id,
      text: body.data.text,
      at: now(),
    })
    if (!ok) return sendError(res, 404, 'No open ticket with that id.')
    res.json({ ticket: view((await store().getTicket(id))!) })
  })

  router.post('/api/crm/tickets/:ticketId/resolve', staff, async (req, res) => {
    const id = idOf(req, res)
    if (id === null) return
    if (!(await store().resolveTicket(id, staffOf(res).id, now()))) {
      return sendError(res, 404, 'No open ticket with that id.')
    }
    res.json({ ticket: view((await store().getTicket(id))!) })
  })

  router.use(apiErrors(services.logger))
  return router
}
