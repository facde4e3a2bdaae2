/**
 * Carries workflow events between the handoff hubs of several processes (REDIS_URL), through the
 * Colyseus presence pub/sub: in-process with LocalPresence, Redis with RedisPresence, the same code.
 *
 * Every hub applies every event to its own copy of the reducer state, so each one can tell its own
 * staff about the queue and its own visitors about their place. Only the hub where an event began
 * writes records and asks the store to decide an accept; the others only send to the clients they
 * seat (see HandoffHub.carryOut). Ticks are local: each hub checks the answer target on its own beat,
 * and the store's conditional updates make a repeated `missed` harmless.
 */
import type { Presence } from '@colyseus/core'
import type { Logger } from '../logger'
import { describeError } from '../logger'
import type { WorkflowEvent } from './types'

export const RELAY_TOPIC = 'stormpeak:handoff-events'

interface Relayed {
  origin: string
  event: WorkflowEvent
}

export class EventRelay {
  private listener?: (message: Relayed) => void

  constructor(
    private presence: Presence,
    /** Distinguishes this hub's own events when they come back from the channel. */
    readonly origin: string,
    private logger?: Logger,
  ) {}

  async listen(onRemoteEvent: (event: WorkflowEvent) => void): Promise<void> {
    this.listener = (message) => {
      if (message && message.origin !== this.origin) onRemoteEvent(message.event)
    }
    await this.presence.subscribe(RELAY_TOPIC, this.listener)
  }

  publish(event: WorkflowEvent): void {
    if (event.type === 'tick') return
    const message: Relayed = { origin: this.origin, event }
    Promise.resolve(this.presence.publish(RELAY_TOPIC, message)).catch((err: unknown) => {
      // The other processes miss this event; the store still holds the truth for the queue.
      this.logger?.error('handoff relay publish failed', {
        event: event.type,
        ...describeError(err),
      })
    })
  }

  async stop(): Promise<void> {
    if (this.listener) await this.presence.unsubscribe(RELAY_TOPIC, this.listener)
  }
}
