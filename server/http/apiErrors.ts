/**
 * The JSON edge shared by the API routers: every error leaves as `{error: string}`, a malformed
 * body is the client's fault (4xx), and anything thrown by a handler is logged and answered 500
 * without taking the process down. Express 5 forwards rejected promises here by itself.
 */
import express, { type ErrorRequestHandler, type Response } from 'express'
import { describeError, type Logger } from '../logger'

/** Logins and the other API bodies are a few hundred bytes; anything far larger is refused. */
export const jsonBody = express.json({ limit: '4kb' })

export function sendError(res: Response, status: number, error: string): void {
  res.status(status).json({ error })
}

/** body-parser's own failures carry a status and a type; they are the client's to fix. */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'encoding.unsupported': 'The request body encoding is not supported.',
  'charset.unsupported': 'The request body charset is not supported.',
}

function clientStatus(err: unknown): number | null {
  if (typeof err !== 'object' || err === null) return null
  const status = (err as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

export function apiErrors(logger: Pick<Logger, 'error'>): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err)
    const status = clientStatus(err)
    if (status !== null) {
      const type = (err as { type?: unknown }).type
      const message = typeof type === 'string' ? BODY_ERRORS[type] : undefined
      return sendError(res, status, message ?? 'The request was not understood.')
    }
    logger.error('http route failed', { method: req.method, path: req.path, ...describeError(err) })
    sendError(res, 500, 'Something went wrong on our side.')
  }
}
