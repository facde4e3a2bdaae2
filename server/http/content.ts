/**
 * Station cards over HTTP: `GET /api/content/stations` for everyone (the spec cards every visitor
 * reads) and `PUT /api/content/stations/:stationId` for supervisors. A saved card is committed,
 * then announced to every room instance (the `content` bulletin), then answered.
 */
import express, { Router } from 'express'
import { StationCard } from '../../shared/content'
import type { StationContent } from '../content/stationContent'
import { isStationId } from '../content/stationContent'
import { CONTENT_TOPIC, publishBulletin } from '../rooms/bulletins'
import type { Services } from '../services'
import { apiErrors, sendError } from './apiErrors'
import { requireStaff, staffOf } from './requireStaff'

/** A full card is under 4 kB of characters; multi-byte text and JSON escapes can double that. */
const cardBody = express.json({ limit: '16kb' })

/** The first problem, named by its place in the card: "specs.2.label: Too big: …". */
function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]
  const where = issue?.path.map(String).join('.')
  return where ? `${where}: ${issue.message}` : (issue?.message ?? 'invalid card')
}

export function contentRoutes(services: Services, content: StationContent): Router {
  const now = services.now ?? Date.now
  const supervisor = requireStaff(services, ['supervisor'])
  const router = Router()

  router.get('/api/content/stations', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.json({ stations: await content.current() })
  })

  router.put('/api/content/stations/:stationId', supervisor, cardBody, async (req, res) => {
    const stationId = req.params.stationId as string
    if (!isStationId(stationId)) return sendError(res, 404, 'No station with that id.')
    const card = StationCard.safeParse(req.body)
    if (!card.success) {
      return sendError(res, 400, `The card is not valid: ${firstIssue(card.error)}.`)
    }
    const by = staffOf(res).id
    await content.save(stationId, card.data, by, now())
    publishBulletin(CONTENT_TOPIC, { stationId, card: card.data }, services.logger)
    services.logger.info('station card saved', { stationId, by })
    res.setHeader('Cache-Control', 'no-store')
    res.json({ card: card.data })
  })

  router.use(apiErrors(services.logger))
  return router
}
