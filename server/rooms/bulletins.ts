/**
 * Bulletins: news every room instance must act on at once, wherever it runs. They travel on the
 * Colyseus presence pub/sub (DESIGN.md): in-process with LocalPresence, Redis with RedisPresence,
 * the same code. The HTTP routes publish; each room subscribes while it lives and acts for the
 * clients it seats:
 * - `content`: a supervisor saved a station card → every client gets the `content` message;
 * - `staff-deactivated`: that account's sessions are told and closed (the HTTP API already
 *   refuses its token; this stops it acting in the room with the seat it already had).
 */
import { matchMaker, type Client, type Presence } from '@colyseus/core'
import type { ContentMsg, ErrorMsg } from '../../shared/protocolNames'
import type { Logger } from '../logger'
import { describeError } from '../logger'
import type { Identity } from '../services'

export const CONTENT_TOPIC = 'stormpeak:content'
export const STAFF_DEACTIVATED_TOPIC = 'stormpeak:staff-deactivated'

/** A consented close: the SDK does not try to reconnect, and the room runs onLeave at once. */
const CLOSE_CONSENTED = 4000

interface Bulletins {
  [CONTENT_TOPIC]: ContentMsg
  [STAFF_DEACTIVATED_TOPIC]: { staffId: string }
}

/** Publishes to every room instance of every process; a failure is logged, never thrown. */
export function publishBulletin<T extends keyof Bulletins>(
  topic: T,
  message: Bulletins[T],
  logger: Logger,
): void {
  Promise.resolve()
    .then(() => matchMaker.presence.publish(topic, message))
    .catch((err: unknown) =>
      logger.error('bulletin not published', { topic, ...describeError(err) }),
    )
}

interface BulletinRoom {
  presence: Presence
  clients(): Iterable<Client<{ auth: Identity }>>
  broadcast(type: 'content', message: ContentMsg): void
  /** Told before a deactivated account's session is closed: it will not come back. */
  closingForGood(sessionId: string): void
  logger: Logger
}

/**
 * Subscribes the room to every bulletin. A room's `presence` is scoped to it: Colyseus drops its
 * subscriptions when the room is disposed, so there is nothing to undo here.
 */
export function subscribeBulletins(room: BulletinRoom): void {
  const onContent = (msg: ContentMsg) => room.broadcast('content', msg)
  const onStaffDeactivated = ({ staffId }: { staffId: string }) => {
    for (const client of room.clients()) {
      if (client.auth?.staffId !== staffId) continue
      const notice: ErrorMsg = { code: 'FORBIDDEN', message: 'Your staff account was deactivated.' }
      client.send('error', notice)
      room.closingForGood(client.sessionId)
      client.leave(CLOSE_CONSENTED, notice.message)
    }
  }
  const failed = (topic: string) => (err: unknown) =>
    room.logger.error('bulletins not subscribed', { topic, ...describeError(err) })
  room.presence.subscribe(CONTENT_TOPIC, onContent).catch(failed(CONTENT_TOPIC))
  room.presence
    .subscribe(STAFF_DEACTIVATED_TOPIC, onStaffDeactivated)
    .catch(failed(STAFF_DEACTIVATED_TOPIC))
}
