/**
 * The I/O shell around the pure workflow (workflow.ts): one per process, shared by every room
 * instance. It feeds events to the reducer one at a time and carries out the effects in order:
 * store writes are committed before the messages that follow them, so `queue` and
 * `rating-saved` mean "saved"; the store's conditional update decides who wins an accept.
 *
 * Scale-out: within one process this hub sees every room. Across processes (REDIS_URL) the store
 * is the truth for the queue and first-accept-wins, and hubs hear each other's events through
 * presence pub/sub (relay.ts).
 */
import { matchMaker, type Client } from '@colyseus/core'
import type { CrmStore } from '../crm/store'
import type { RecordQueue } from '../crm/recordQueue'
import type { Logger } from '../logger'
import { describeError } from '../logger'
import type { Vec2 } from '../../shared/showroom'
import type { StaffRequestsMsg } from './messages'
import { staffRequests } from './queue'
import type { Effect, WorkflowConfig, WorkflowEvent, WorkflowRecord, WorkflowState } from './types'
import { initialState, next } from './workflow'
import { loadHistory, withHistory } from './history'
import { restoreWaiting } from './restore'
import { staffView, WhereWatch } from './staffView'
import type { EventRelay } from './relay'

/** Answer-target checks and reconnection windows run on this beat. */
const TICK_MS = 1000
/** A rep sent to another room instance who has not arrived by then has left (seat reservations last 15 s). */
const FOLLOW_TIMEOUT_MS = 20_000

export interface Seat {
  client: Client
  /** Places this session's avatar beside another one in the same room; false if not here. */
  placeBeside(visitorSessionId: string): boolean
  staff: boolean
  /** The room instance this session is in. */
  roomId: string
  /** Where this session's avatar stands now (for the staff queue's "where"). */
  pose?(): Vec2 | undefined
}

/** What a rep's client gets when their visitor is in another room instance: join it there. */
export interface FollowMsg {
  reservation: matchMaker.ISeatReservation
  handoffId: string
}

export interface HubDeps {
  store?: CrmStore
  records?: RecordQueue
  logger: Logger
  now: () => number
  config?: Partial<WorkflowConfig>
  /** Other processes' hubs; omitted when this process is the whole showroom. */
  relay?: EventRelay
}

/** Where an event began: here (we write its records) or in another process's hub. */
type Origin = 'local' | 'remote'

export class HandoffHub {
  state: WorkflowState
  private seats = new Map<string, Seat>()
  private chain: Promise<void> = Promise.resolve()
  private timer?: NodeJS.Timeout
  /** The room instance of each visitor session, from summons seen here or relayed. */
  private roomOf = new Map<string, string>()
  /** Reps on their way to another room instance: old session → staff id and give-up timer. */
  private following = new Map<string, { repId: string; timer: NodeJS.Timeout }>()
  /** Where each waiting visitor stood in the last `requests` broadcast. */
  private whereSent = new WhereWatch()

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
      for (const req of Object.values(this.state.requests)) {
        req.history = await loadHistory(this.deps.store, req.visitorId, this.deps.logger)
      }
    }
    await this.deps.relay?.listen((event) => void this.dispatch(event, 'remote'))
    this.timer = setInterval(() => {
      void this.dispatch({ type: 'tick' })
      // In the chain, so staff never hear of a request before its record is committed.
      this.chain = this.chain
        .then(() => this.refreshWhere())
        .catch((err: unknown) =>
          this.deps.logger.error('requests refresh failed', describeError(err)),
        )
    }, TICK_MS)
    this.timer.unref()
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.deps.relay?.stop()
    return this.chain
  }

  seat(sessionId: string, seat: Seat): void {
    this.seats.set(sessionId, seat)
  }

  unseat(sessionId: string): void {
    this.seats.delete(sessionId)
  }

  /** Applies one event after every earlier one has been carried out. */
  dispatch(event: WorkflowEvent, origin: Origin = 'local'): Promise<void> {
    const run = this.chain.then(() => this.apply(event, origin))
    this.chain = run.catch((err: unknown) => {
      this.deps.logger.error('handoff event failed', { event: event.type, ...describeError(err) })
    })
    return run
  }

  /** The `requests` message for staff right now, with where each visitor stands. */
  staffRequests(): StaffRequestsMsg {
    return this.forStaff(staffRequests(this.state, this.deps.now()))
  }

  private toStaff(msg: StaffRequestsMsg): void {
    this.whereSent.changed(msg)
    for (const seat of this.seats.values()) if (seat.staff) seat.client.send('requests', msg)
  }

  /** The queue did not change, but somebody in it walked somewhere else: staff see it. */
  private refreshWhere(): void {
    if (this.state.staffQueue.length === 0) return
    const msg = this.staffRequests()
    if (this.whereSent.changed(msg)) this.toStaff(msg)
  }

  /** Adds the staff-only facts to a `requests` payload as it leaves (staffView.ts). */
  private forStaff(msg: StaffRequestsMsg): StaffRequestsMsg {
    return staffView(msg, this.state, (sessionId) => this.seats.get(sessionId)?.pose?.())
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

  /** True while this rep session is moving to another room: its leaving is not the rep leaving. */
  isFollowing(sessionId: string): boolean {
    return this.following.has(sessionId)
  }

  /** The rep arrived in the visitor's room as a new session (ShowroomRoom.onJoin). */
  arrived(oldSessionId: string, newSessionId: string, repId: string): boolean {
    const pending = this.following.get(oldSessionId)
    if (!pending || pending.repId !== repId) return false
    clearTimeout(pending.timer)
    this.following.delete(oldSessionId)
    void this.dispatch({ type: 'rep-rebound', oldSessionId, newSessionId })
    return true
  }

  /**
   * A staff session joined on its own (ShowroomRoom.onJoin): that rep may be back from a page
   * reload, mid-conversation or on the way to their visitor's room; the reducer checks.
   */
  repJoined(newSessionId: string, repId: string): void {
    const onTheWay = [...this.following].find(([, f]) => f.repId === repId)
    if (onTheWay && this.arrived(onTheWay[0], newSessionId, repId)) return
    void this.dispatch({ type: 'rep-returned', repId, newSessionId })
  }

  private async apply(given: WorkflowEvent, origin: Origin = 'local'): Promise<void> {
    const event =
      origin === 'local'
        ? await withHistory(given, this.state, this.deps.store, this.deps.logger)
        : given
    if (origin === 'local') this.deps.relay?.publish(event)
    if ((event.type === 'summon' || event.type === 'visitor-rebound') && event.roomId) {
      const session = event.type === 'summon' ? event.visitorSessionId : event.newSessionId
      this.roomOf.set(session, event.roomId)
    }
    const t = next(this.state, event, this.deps.now())
    this.state = t.state
    for (const effect of t.effects) await this.carryOut(effect, origin)
  }

  private async carryOut(effect: Effect, origin: Origin): Promise<void> {
    switch (effect.kind) {
      case 'record':
        // The hub where the event began writes it; the others would write it twice.
        return origin === 'local' ? this.record(effect.record) : undefined
      case 'claim':
        return origin === 'local' ? this.claim(effect) : undefined
      case 'send': {
        const payload = effect.type === 'requests' ? this.forStaff(effect.payload) : effect.payload
        this.seats.get(effect.to)?.client.send(effect.type, payload)
        return
      }
      case 'broadcast-staff':
        this.toStaff(this.forStaff(effect.payload))
        return
      case 'place-rep':
        return this.placeRep(effect.repSessionId, effect.beside)
    }
  }

  /**
   * Beside the visitor in the same room; from another room instance (or process), the rep is
   * given a seat in the visitor's room and their client moves there (`follow`).
   */
  private async placeRep(repSessionId: string, visitorSessionId: string): Promise<void> {
    const seat = this.seats.get(repSessionId)
    if (!seat || seat.placeBeside(visitorSessionId)) return
    const roomId = this.roomOf.get(visitorSessionId)
    const handoff = Object.values(this.state.handoffs).find(
      (h) => h.repSessionId === repSessionId && h.status === 'active',
    )
    if (!roomId || roomId === seat.roomId || !handoff) return
    try {
      const room = await matchMaker.getRoomById(roomId)
      if (!room) throw new Error(`room ${roomId} is gone`)
      const reservation = await matchMaker.reserveSeatFor(room, {
        follow: { from: repSessionId, handoffId: handoff.handoffId },
      })
      const repId = this.state.reps[repSessionId]?.repId ?? ''
      const timer = setTimeout(() => {
        if (!this.following.delete(repSessionId)) return
        // Final: the follow was their return window, and a reload meanwhile is caught by repJoined.
        void this.dispatch({ type: 'rep-left', repSessionId, final: true })
      }, FOLLOW_TIMEOUT_MS)
      timer.unref()
      this.following.set(repSessionId, { repId, timer })
      const follow: FollowMsg = { reservation, handoffId: handoff.handoffId }
      seat.client.send('follow', follow)
    } catch (err) {
      // The conversation goes on where each of them is; only the avatars are apart.
      this.deps.logger.warn('rep could not follow the visitor', describeError(err))
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
