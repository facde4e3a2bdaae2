/**
 * createServer(services): the whole server, rooms and HTTP routes, on one port. `server/main.ts`
 * and the tests both call it, so the tests boot exactly what runs in production.
 */
import { defineRoom, defineServer, type matchMaker, type Presence } from '@colyseus/core'
import { randomUUID } from 'node:crypto'
import { WebSocketTransport } from '@colyseus/ws-transport'
import type { Application } from 'express'
import { ROOM_NAME } from '../shared/protocol'
import { StationContent, loadStationCards } from './content/stationContent'
import { authRoutes } from './http/auth'
import { contentRoutes } from './http/content'
import { crmRoutes } from './http/crm'
import { exportRoutes } from './http/exports'
import { healthRoutes } from './http/health'
import { metricsRoutes } from './http/metrics'
import { kioskRoutes } from './http/kiosks'
import { kioskVisitorRoutes } from './http/kioskVisitors'
import { repContextRoutes } from './http/repContext'
import { staffRoutes } from './http/staff'
import { staticClient } from './http/staticClient'
import { ticketRoutes } from './http/tickets'
import { supervisorRoutes } from './http/supervisor'
import { HandoffHub } from './handoff/hub'
import { EventRelay } from './handoff/relay'
import { ShowroomRoom } from './rooms/ShowroomRoom'
import type { Services } from './services'

export interface ServerOptions {
  /** The built client to serve; omitted in tests that only need the API. */
  clientDir?: string
  /** Several processes, one showroom (REDIS_URL): shared presence and matchmaking. */
  scaleOut?: { presence: Presence; driver: matchMaker.MatchMakerDriver }
}

export function createServer(services: Services, options: ServerOptions = {}) {
  // The room receives its services through a subclass: room options travel through the
  // matchmaker (and Redis, when scaled out), so they must stay plain data.
  const content = new StationContent(loadStationCards(), services)
  const hub = new HandoffHub({
    store: services.store,
    records: services.records,
    logger: services.logger,
    now: services.now ?? Date.now,
    config: services.handoff,
    relay:
      options.scaleOut && new EventRelay(options.scaleOut.presence, randomUUID(), services.logger),
  })
  class Showroom extends ShowroomRoom {
    protected services = services
    protected hub = hub
  }
  const server = defineServer({
    greet: false,
    ...options.scaleOut,
    beforeListen: () => hub.start(),
    gracefullyShutdown: false,
    transport: new WebSocketTransport({ maxPayload: 64 * 1024 }),
    rooms: { [ROOM_NAME]: defineRoom(Showroom) },
    express: (app: Application) => {
      healthRoutes(app, services)
      app.use(contentRoutes(services, content))
      app.use(authRoutes(services))
      app.use(exportRoutes(services))
      app.use(crmRoutes(services))
      app.use(repContextRoutes(services))
      app.use(ticketRoutes(services))
      app.use(supervisorRoutes(services))
      app.use(kioskRoutes(services))
      app.use(staffRoutes(services))
      app.use(kioskVisitorRoutes(services))
      app.use(metricsRoutes(services))
      if (options.clientDir) staticClient(app, options.clientDir)
    },
  })
  server.onShutdown(() => hub.stop())
  return server
}

export type AppServer = ReturnType<typeof createServer>
