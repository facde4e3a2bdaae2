/**
 * Kiosk registration, for supervisors: create a kiosk (name, booth) and get its URL with a kiosk
 * token, list kiosks, revoke one (its token stops working at the next join).
 */
import { Router } from 'express'
import { z } from 'zod'
import { signKioskToken } from '../auth/tokens'
import type { KioskRecord } from '../crm/types'
import type { Services } from '../services'
import { apiErrors, jsonBody, sendError } from './apiErrors'
import { requireStaff, staffOf } from './requireStaff'

const NewKiosk = z
  .object({
    name: z.string().trim().min(1).max(60),
    booth: z.string().trim().min(1).max(60),
  })
  .strict()
const KioskId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)

const view = (k: KioskRecord) => ({
  id: k.id,
  name: k.name,
  booth: k.booth,
  createdAt: new Date(k.createdAt).toISOString(),
  revokedAt: k.revokedAt === null ? null : new Date(k.revokedAt).toISOString(),
})

export function kioskRoutes(services: Services): Router {
  const now = services.now ?? Date.now
  const supervisor = requireStaff(services, ['supervisor'])
  const store = () => services.store!
  const router = Router()

  router.post('/api/kiosks', supervisor, jsonBody, async (req, res) => {
    const body = NewKiosk.safeParse(req.body)
    if (!body.success)
      return sendError(res, 400, 'A kiosk needs a name and a booth (1 to 60 characters each).')
    const by = staffOf(res).id
    const kiosk = await store().createKiosk({ ...body.data, createdBy: by, at: now() })
    const token = await signKioskToken(services.secret!, kiosk.id, now())
    services.logger.info('kiosk registered', { kioskId: kiosk.id, by })
    res.setHeader('Cache-Control', 'no-store')
    res
      .status(201)
      .json({ kiosk: view(kiosk), token, url: `/kiosk?token=${encodeURIComponent(token)}` })
  })

  router.get('/api/kiosks', supervisor, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ kiosks: (await store().listKiosks()).map(view) })
  })

  router.delete('/api/kiosks/:kioskId', supervisor, async (req, res) => {
    const id = KioskId.safeParse(req.params.kioskId)
    if (!id.success)
      return sendError(res, 400, 'kioskId must be 1 to 64 letters, digits or dashes.')
    if (!(await store().revokeKiosk(id.data, now()))) {
      return sendError(res, 404, 'No active kiosk with that id.')
    }
    services.logger.info('kiosk revoked', { kioskId: id.data, by: staffOf(res).id })
    res.status(204).end()
  })

  router.use(apiErrors(services.logger))
  return router
}
