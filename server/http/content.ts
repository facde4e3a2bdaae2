/** `GET /api/content/stations`: the spec cards every visitor reads. */
import type { Application } from 'express'
import type { StationCards } from '../../shared/content'

export function contentRoutes(app: Application, cards: () => StationCards): void {
  app.get('/api/content/stations', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.json({ stations: cards() })
  })
}
