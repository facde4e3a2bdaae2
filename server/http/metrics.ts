/**
 * `GET /metrics`: Prometheus text format (exposition 0.0.4) for the operator network only. The
 * handful of series is written by hand rather than through a client library: uptime, rooms and
 * connected clients (the matchmaker's view, all processes when scaled out), the record queue of
 * this process, and the summons still waiting in the CRM.
 */
import { matchMaker } from '@colyseus/core'
import { BlockList } from 'node:net'
import { Router, type Request } from 'express'
import { probeStore } from './storeProbe'
import type { Services } from '../services'
import { apiErrors, sendError } from './apiErrors'

const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

/** Loopback and private ranges (RFC 1918, RFC 4193); IPv4-mapped IPv6 addresses match too. */
const OPERATOR_NETWORK = new BlockList()
OPERATOR_NETWORK.addSubnet('127.0.0.0', 8, 'ipv4')
OPERATOR_NETWORK.addSubnet('10.0.0.0', 8, 'ipv4')
OPERATOR_NETWORK.addSubnet('172.16.0.0', 12, 'ipv4')
OPERATOR_NETWORK.addSubnet('192.168.0.0', 16, 'ipv4')
OPERATOR_NETWORK.addAddress('::1', 'ipv6')
OPERATOR_NETWORK.addSubnet('fc00::', 7, 'ipv6')

export function isOperatorAddress(address: string | undefined): boolean {
  if (!address) return false
  const family = address.includes(':') ? 'ipv6' : 'ipv4'
  try {
    return OPERATOR_NETWORK.check(address, family)
  } catch {
    // Not an IP address at all (a mangled forwarded header): not the operator network.
    return false
  }
}

/** Every series this endpoint may print: its type and HELP text. Counters end in `_total`. */
const SERIES = {
  stormpeak_uptime_seconds: ['gauge', 'Seconds since this process started.'],
  stormpeak_rooms: ['gauge', 'Showroom room instances open.'],
  stormpeak_clients: ['gauge', 'Clients connected to the rooms.'],
  stormpeak_record_queue_pending: ['gauge', 'Observations waiting to be written.'],
  stormpeak_record_queue_consecutive_failures: ['gauge', 'Failed writes since the last success.'],
  stormpeak_record_queue_dropped_total: ['counter', 'Observations dropped: the queue was full.'],
  stormpeak_record_queue_written_total: ['counter', 'Observations written to the CRM.'],
  stormpeak_crm_up: ['gauge', '1 if the CRM store answered this scrape, else 0.'],
  stormpeak_handoffs_waiting: ['gauge', 'Summons waiting for a rep.'],
} as const

type Samples = Partial<Record<keyof typeof SERIES, number>>

function render(samples: Samples): string {
  return Object.entries(samples)
    .map(([name, value]) => {
      const [kind, help] = SERIES[name as keyof typeof SERIES]
      return `# HELP ${name} ${help}\n# TYPE ${name} ${kind}\n${name} ${value}\n`
    })
    .join('')
}

async function collect(services: Services): Promise<Samples> {
  const rooms = await matchMaker.query({})
  const samples: Samples = {
    stormpeak_uptime_seconds: Math.round(process.uptime()),
    stormpeak_rooms: rooms.length,
    stormpeak_clients: rooms.reduce((n, r) => n + r.clients, 0),
  }
  const queue = services.records?.stats()
  if (queue) {
    samples.stormpeak_record_queue_pending = queue.pending
    samples.stormpeak_record_queue_consecutive_failures = queue.consecutiveFailures
    samples.stormpeak_record_queue_dropped_total = queue.dropped
    samples.stormpeak_record_queue_written_total = queue.written
  }
  // A failing store must not blank the scrape: it shows as crm_up 0, which is what to alert on.
  const probe = await probeStore(services, 'metrics')
  if (probe.up !== undefined) samples.stormpeak_crm_up = probe.up ? 1 : 0
  if (probe.up) samples.stormpeak_handoffs_waiting = probe.waiting
  return samples
}

/** `req.ip` is the socket's address, or the forwarded client's once `trust proxy` is set. */
const callerAddress = (req: Request) => req.ip ?? req.socket.remoteAddress

export function metricsRoutes(services: Services): Router {
  const router = Router()
  router.get('/metrics', async (req, res) => {
    if (!isOperatorAddress(callerAddress(req))) {
      return sendError(res, 403, 'Metrics are served to the operator network only.')
    }
    const body = render(await collect(services))
    res.setHeader('Cache-Control', 'no-store')
    res.type(CONTENT_TYPE).send(body)
  })
  router.use(apiErrors(services.logger))
  return router
}
