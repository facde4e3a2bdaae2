/**
 * The I/O shell around the pure workflow (workflow.ts): one per process, shared by every room
 * instance. It feeds events to the reducer one at a time and carries out the effects in order:
 * store writes are committed before the messages that follow them, so `queue` and
 * `rating-saved` mean "saved"; the store's conditional update decides who wins an accept.
 *
 * Scale-out note: within one process this hub sees every room. Across processes (REDIS_URL) the
 * store is the truth for the queue and first-accept-wins; relaying sends between processes
 * through presence pub/sub is the next step (docs/ARCHITECTURE.md).
 */
import type { Client } from '@colyseus/core'
import type { CrmStore } from '../crm/store'
import type { RecordQueue } from '../crm/recordQueue'
import type { Logger } from '../logger'
import { describeError } from '../logger'
import type { Effect, WorkflowConfig, WorkflowEvent, WorkflowRecord, WorkflowState } from './types'
import { initialState, next } from './workflow'
import { restoreWaiting } from './restore'

/** Answer-target checks and reconnection windows run on this beat. */
const TICK_MS = 1000

export interface Seat {
  client: Client
  /** Places this session's avatar beside another one in the same room; false if not here. */
  placeBeside(visitorSessionId: string): boolean
  staff: boolean
}

export interface HubDeps {
  store?: CrmStore
  records?: RecordQueue
  logger: Logger
  now: () => number
  config?: Partial<WorkflowConfig>
}

export class HandoffHub {
  state: WorkflowState
  private seats = new Map<string, Seat>()
  private chain: Promise<void> = Promise.resolve()
  private timer?: NodeJS.Timeout

  constructor(private deps: HubDeps) {
    this.state = initialState(deps.config)
  }

  /** Loads what the store still has waiting (a restart) and starts the beat. */
  async start(): Promise<void> {
    if (this.deps.store) {
      const handling = await this.deps.store.recentHandlingTimes()
      this.state = restoreWaiting(
        initialState(this.deps.config, handling),
        await this.deps.store.listWaiting(),
      )
    }
    this.timer = setInterval(() => void this.dispatch({ type: 'tick' }), TICK_MS)
    this.timer.unref()
  }

  stop(): Promise<void> {
    clearInterval(this.timer)
    return this.chain
  }

  seat(sessionId: string, seat: Seat): void {
    this.seats.set(sessionId, seat)
  }

  unseat(sessionId: string): void {
    this.seats.delete(sessionId)
  }

  /** Applies one event after every earlier one has been carried out. */
  dispatch(event: WorkflowEvent): Promise<void> {
    const run = this.chain.then(() => this.apply(event))
    this.chain = run.catch((err: unknown) => {
      this.deps.logger.error('handoff event failed', { event: event.type, ...describeError(err) })
    })
    return run
  }

  /** The active handoff whose two ends are these sessions, if any (for the transcript). */
  handoffBetween(
    a: string,
    b: string,
  ): { handoffId: string; visitorSessionId: string } | undefined {
    return Object.values(this.state.handoffs).find(
      (h) =>
        h.status === 'active' &&
        ((h.repSessionId === a && h.visitorSessionId === b) ||
          (h.repSessionId === b && h.visitorSessionId === a)),
    )
  }

  private async apply(event: WorkflowEvent): Promise<void> {
    const t = next(this.state, event, this.deps.now())
    this.state = t.state
    for (const effect of t.effects) await this.carryOut(effect)
  }

  private async carryOut(effect: Effect): Promise<void> {
    switch (effect.kind) {
      case 'record':
        return this.record(effect.record)
      case 'claim':
        return this.claim(effect)
      case 'send':
        this.seats.get(effect.to)?.client.send(effect.type, effect.payload)
        return
      case 'broadcast-staff':
        for (const seat of this.seats.values())
          if (seat.staff) seat.client.send(effect.type, effect.payload)
        return
      case 'place-rep':
        this.seats.get(effect.repSessionId)?.placeBeside(effect.beside)
        return
    }
  }

  private async claim(effect: Extract<Effect, { kind: 'claim' }>): Promise<void> {
    const { requestId, repSessionId } = effect
    const store = this.deps.store
    const result = store
      ? await store.acceptRequest(requestId, effect.repId, effect.at)
      : { won: true as const, handoff: null }
    if (!result.won) {
      const reason = result.handoff ? 'taken' : 'gone'
      return this.apply({ type: 'accept-failed', requestId, repSessionId, reason })
    }
    const rep = this.state.reps[repSessionId]
    return this.apply({
      type: 'accepted',
      requestId,
      handoffId: result.handoff?.id ?? effect.handoffId,
      repSessionId,
      repId: effect.repId,
      repName: rep?.name ?? 'StormPeak',
    })
  }

  private async record(r: WorkflowRecord): Promise<void> {
    const store = this.deps.store
    if (r.type === 'staff-status') {
      this.deps.records?.enqueue({
        type: 'staff-status',
        staffId: r.repId,
        state: r.state,
        at: r.at,
      })
      return
    }
    if (!store) return
    switch (r.type) {
      case 'request-created':
        await store.createRequest({ ...r, id: handoffIdFor(r.requestId) })
        return
      case 'request-cancelled':
        await store.cancelRequest(r.requestId, r.at)
        return
      case 'request-missed':
        await store.markMissed(r.requestId, r.at)
        return
      case 'handoff-ended':
        await store.endHandoff(r.handoffId, r.outcome, r.notes, r.at)
        return
      case 'handoff-rated':
        await store.rateHandoff(r.handoffId, r.score, r.comment, r.at)
        return
    }
  }
}

/**
 * A request and the handoff it becomes are one row; the handoff id is derived from the request id
 * so the reducer, the store and every client agree on both without a lookup.
 */
export function handoffIdFor(requestId: string): string {
  return `h-${requestId}`
}
