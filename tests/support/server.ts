/** Boots the real server (createServer, as production does) on a free port for a test file. */
import { Client } from '@colyseus/sdk'
import net from 'node:net'
import { createServer, type AppServer } from '../../server/app'
import { createLogger } from '../../server/logger'
import type { Services } from '../../server/services'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

export interface RunningServer {
  server: AppServer
  port: number
  url: string
  client(): Client<AppServer>
  stop(): Promise<void>
}

export async function startServer(
  services: Partial<Services> = {},
  options: { clientDir?: string; port?: number } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort())
  const server = createServer({ logger: createLogger('silent'), ...services }, options)
  await server.listen(port, '127.0.0.1')
  const url = `http://127.0.0.1:${port}`
  return {
    server,
    port,
    url,
    client: () => new Client<AppServer>(url),
    stop: () => server.gracefullyShutdown(false),
  }
}

/** Resolves with the next message of `type` a room receives (or rejects after `ms`). */
export function nextMessage<T = unknown>(
  room: { onMessage(type: string, cb: (msg: T) => void): () => void },
  type: string,
  ms = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" message within ${ms} ms`)), ms)
    const off = room.onMessage(type, (msg) => {
      clearTimeout(timer)
      off()
      resolve(msg)
    })
  })
}

/** Polls `check` until it returns true (or fails after `ms`): for state that arrives in patches. */
export async function eventually(
  check: () => boolean,
  ms = 5000,
  what = 'condition',
): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (check()) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** Messages most room tests do not read. */
const CHATTER = ['welcome', 'requests', 'queue', 'offer-message', 'chat', 'demo-queue']

/**
 * Registers no-op handlers for the messages a test does not read (the SDK warns about a message
 * with no handler), plus any `more` types. A later `nextMessage` still receives them.
 */
export function quiet(
  room: { onMessage: (type: string, cb: () => void) => void },
  ...more: string[]
): void {
  for (const type of [...CHATTER, ...more]) room.onMessage(type, () => undefined)
}
