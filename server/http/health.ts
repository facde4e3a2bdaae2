/**
 * `GET /healthz`: for load balancers and the acceptance checks. `200 {status: 'ok', crm: 'up'}`
 * while the process serves and its CRM store answers; `503 {status: 'degraded', crm: 'down'}`
 * when the store does not (a database gone, a crashed SQLite worker), so an orchestrator can take
 * the process out of rotation or restart it rather than let it refuse every summon.
 */
import { matchMaker } from '@colyseus/core'
import type { Application } from 'express'
import { PROTOCOL_VERSION } from '../../shared/protocol'
import type { Services } from '../services'
import { probeStore } from './storeProbe'

export function healthRoutes(app: Application, services: Services): void {
  const startedAt = Date.now()
  app.get('/healthz', async (_req, res) => {
    const [rooms, probe] = await Promise.all([
      matchMaker.query({}),
      probeStore(services, 'healthz'),
    ])
    const down = probe.up === false
    res.setHeader('Cache-Control', 'no-store')
    res.status(down ? 503 : 200).json({
      status: down ? 'degraded' : 'ok',
      ...(probe.up !== undefined && { crm: probe.up ? 'up' : 'down' }),
      protocolVersion: PROTOCOL_VERSION,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      rooms: rooms.length,
      clients: rooms.reduce((n, r) => n + r.clients, 0),
    })
  })
}
