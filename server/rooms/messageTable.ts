/**
 * Wraps every inbound message handler: validates the payload with its zod schema from
 * shared/protocol.ts, applies the per-client rate limit, and turns a bad payload or a thrown
 * error into an `error` message. The connection always stays open (Colyseus's own `validate`
 * would close it).
 */
import type { Client } from '@colyseus/core'
import { INBOUND, type ErrorCode, type Inbound, type InboundType } from '../../shared/protocol'
import type { Logger } from '../logger'
import { describeError } from '../logger'
import type { RateLimiter } from '../showroom/rateLimit'

/** An error a handler throws on purpose: it reaches the client as `error {code, message}`. */
export class ClientError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export function sendError(client: Client, code: ErrorCode, message: string, type?: string): void {
  client.send('error', { code, message, ...(type ? { type } : {}) })
}

/** What a person reads when they go too fast; other types get the generic line. */
const SLOW_DOWN: Partial<Record<InboundType, string>> = {
  chat: 'You are sending messages faster than people can read them: wait a moment and send again.',
  try: 'The robot needs a moment between commands: try again in a couple of seconds.',
  'stop-demo': 'The robot needs a moment between commands: try again in a couple of seconds.',
  summon: 'We have your request already: give us a few seconds.',
}

export type Handlers = {
  [T in InboundType]: (client: Client, msg: Inbound<T>) => void | Promise<void>
}

export function buildMessageTable(handlers: Handlers, limiter: RateLimiter, logger: Logger) {
  const table: Record<string, (client: Client, raw: unknown) => void> = {}
  for (const type of Object.keys(INBOUND) as InboundType[]) {
    table[type] = (client, raw) => {
      if (!limiter.take(client.sessionId, type)) {
        const message = SLOW_DOWN[type] ?? `Too many "${type}" messages: slow down a little.`
        sendError(client, 'RATE_LIMITED', message, type)
        return
      }
      const parsed = INBOUND[type].safeParse(raw ?? {})
      if (!parsed.success) {
        const first = parsed.error.issues[0]
        const where = first?.path.length ? ` at "${first.path.join('.')}"` : ''
        sendError(client, 'INVALID', `Invalid "${type}"${where}: ${first?.message}`, type)
        return
      }
      const run = async () =>
        (handlers[type] as Handlers[InboundType])(client, parsed.data as never)
      run().catch((err: unknown) => {
        if (err instanceof ClientError) return sendError(client, err.code, err.message, type)
        logger.error('message handler failed', { type, ...describeError(err) })
        sendError(client, 'INTERNAL', 'Something went wrong on our side; please try again.', type)
      })
    }
  }
  table['*'] = (client: Client, type: unknown) => {
    sendError(client, 'UNKNOWN_TYPE', `Unknown message type "${String(type)}".`)
  }
  return table
}
