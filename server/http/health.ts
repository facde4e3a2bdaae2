/** `GET /healthz`: liveness for load balancers and the acceptance checks. */
import { matchMaker } from '@colyseus/core'
import type { Application } from 'express'
import { PROTOCOL_VERSION } from '../../shared/protocol'
import type { Services } from '../services'

export function healthRoutes(app: Application, _services: Services): void {
  const startedAt = Date.now()
  app.get('/healthz', async (_req, res) => {
    const rooms = await matchMaker.query({})
    res.json({
      status: 'ok',
      protocolVersion: PROTOCOL_VERSION,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      rooms: rooms.length,
      clients: rooms.reduce((n, r) => n + r.clients, 0),
    })
  })
}
