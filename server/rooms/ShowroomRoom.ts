/**
 * The `showroom` room: presence (who is here, where they stand, the robot demos) and the message
 * table. It owns the public state; the rules live in shared/ and server/showroom, the visits go to
 * the CRM through the recorder. Nothing several rooms must agree on lives here (DESIGN.md).
 */
import { Room, type AuthContext, type Client } from '@colyseus/core'
import { JoinOptions, PROTOCOL_VERSION, isStaffRole, type WelcomeMsg } from '../../shared/protocol'
import { judgeMove } from '../../shared/rules'
import {
  SPAWN_POINTS,
  STAFF_SPAWN,
  STAFF_UNIFORM_COLOR,
  VISITOR_COLORS,
} from '../../shared/showroom'
import { Avatar, ShowroomState } from '../../shared/state'
import { describeError } from '../logger'
import type { Identity, Services } from '../services'
import { RateLimiter } from '../showroom/rateLimit'
import { authenticate, deviceClass } from './authenticate'
import { chatHandler } from './chatHandler'
import type { HandoffHub } from '../handoff/hub'
import { findVisitorSession } from '../handoff'
import { besidePose } from '../showroom/placement'
import { subscribeBulletins } from './bulletins'
import { DemoController } from './demoController'
import { handoffHandlers } from './handoffHandlers'
import { buildMessageTable, sendError, type Handlers } from './messageTable'
import { VisitController } from './visitController'
import { undecodableType } from './undecodable'

/** A dropped connection (a phone switching networks) may come back within this many seconds. */
export const RECONNECT_WINDOW_S = 20
/** After the server places an avatar, stale moves from its client are dropped quietly this long. */
const PLACEMENT_GRACE_MS = 1500
/** How often demo turns are checked for running out. */
const DEMO_TICK_MS = 250

export type ShowroomClient = Client<{ auth: Identity }>

/** Seats kept above a room's capacity for reps joining their visitor from another instance. */
const STAFF_HEADROOM = 5

export class ShowroomRoom extends Room<{ state: ShowroomState; client: ShowroomClient }> {
  state = new ShowroomState()
  /** Set by createServer through a subclass: the services this room is built from. */
  protected services!: Services
  /** The process's summon workflow, shared by every room instance. */
  protected hub!: HandoffHub
  /** Moves that arrive just after the server placed an avatar were sent from the old spot. */
  private placedAt = new Map<string, number>()
  private lastMoveAt = new Map<string, number>()
  private spawnCount = 0
  private capacity = 50
  private limiter = new RateLimiter(() => this.clock.currentTime)
  private demos!: DemoController
  private visits!: VisitController
  /** Sessions closed by the server for good (a deactivated account): no return window for them. */
  private closedForGood = new Set<string>()

  onCreate() {
    // Matchmaking stops offering the room at `capacity`; the seats above it are kept for reps
    // who follow their visitor here from another room instance (HandoffHub.placeRep).
    this.capacity = this.services.maxClientsPerRoom ?? 50
    this.maxClients = this.capacity + STAFF_HEADROOM
    const wallClock = this.services.now ?? Date.now
    this.demos = new DemoController(
      this.state,
      () => this.clock.currentTime,
      (id) => this.clients.getById(id),
      this.services.demoTurnMs,
    )
    this.visits = new VisitController(this.services.recorder, wallClock)
    this.clock.setInterval(() => this.demos.tick(), DEMO_TICK_MS)
    this.answerUndecodableFrames()
    const table = buildMessageTable(this.handlers(), this.limiter, this.services.logger)
    for (const [type, handler] of Object.entries(table)) this.onMessage(type, handler)
    subscribeBulletins({
      presence: this.presence,
      clients: () => this.clients,
      broadcast: (type, message) => this.broadcast(type, message),
      closingForGood: (sessionId) => this.closedForGood.add(sessionId),
      logger: this.services.logger,
    })
  }

  /**
   * Colyseus would disconnect a client for a frame it cannot decode; we answer `error` instead
   * (undecodable.ts). Its frame handler is bound per client on join, so wrapping it here, before
   * anyone joins, covers every client.
   */
  private answerUndecodableFrames() {
    const self = this as unknown as {
      _onMessage: (client: Client, buffer: Uint8Array) => void
    }
    const original = self._onMessage
    self._onMessage = function (this: ShowroomRoom, client: Client, buffer: Uint8Array) {
      const type = buffer ? undecodableType(buffer) : undefined
      if (type === undefined) return original.call(this, client, buffer)
      sendError(client, 'INVALID', 'That message could not be decoded.', type)
    }
  }

  async onAuth(_client: Client, options: unknown, ctx: AuthContext): Promise<Identity> {
    const parsed = JoinOptions.safeParse(options ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` "${issue.path.join('.')}"` : ''
      throw new Error(`Invalid join option${where}: ${issue?.message}`)
    }
    const who = await authenticate(parsed.data, ctx.token, this.services.identity)
    if (who.visitorId && this.services.store) {
      const now = (this.services.now ?? Date.now)()
      await this.services.store.upsertVisitor({ id: who.visitorId, displayName: who.name, at: now })
    }
    return { ...who, device: deviceClass(ctx.headers?.get?.('user-agent') ?? undefined) }
  }

  onJoin(client: ShowroomClient, options: JoinOptions) {
    const who = client.auth!
    const staff = isStaffRole(who.role)
    const spawn = staff ? STAFF_SPAWN : SPAWN_POINTS[this.spawnCount++ % SPAWN_POINTS.length]
    const avatar = new Avatar()
    avatar.name = who.name
    avatar.role = who.role
    avatar.x = spawn.x
    avatar.z = spawn.z
    avatar.ry = Math.PI // facing north, into the hall
    avatar.color = staff ? STAFF_UNIFORM_COLOR : (options?.color ?? this.defaultColour())
    this.state.avatars.set(client.sessionId, avatar)
    this.lastMoveAt.set(client.sessionId, this.clock.currentTime)
    this.visits.joined(client.sessionId, who, who.device, spawn)
    this.hub.seat(client.sessionId, {
      client,
      staff,
      placeBeside: (visitorSessionId) => this.placeBeside(client.sessionId, visitorSessionId),
      roomId: this.roomId,
      pose: () => this.state.avatars.get(client.sessionId),
    })
    if (staff) {
      const from = options?.follow?.from
      // A rep who followed their visitor here, else maybe one back from a page reload.
      if (!from || !this.hub.arrived(from, client.sessionId, who.staffId!))
        this.hub.repJoined(client.sessionId, who.staffId!)
    }
    if (staff) client.send('requests', this.hub.staffRequests())
    const previous = who.visitorId && findVisitorSession(this.hub.state, who.visitorId)
    if (previous && previous !== client.sessionId) {
      void this.hub.dispatch({
        type: 'visitor-rebound',
        oldSessionId: previous,
        newSessionId: client.sessionId,
        visitorId: who.visitorId!,
        roomId: this.roomId,
      })
    }
    const welcome: WelcomeMsg = {
      protocolVersion: PROTOCOL_VERSION,
      sessionId: client.sessionId,
      role: who.role,
      // The clock the demo turns run on (DemoController), so `startedAt` compares with it.
      serverTime: this.clock.currentTime,
      ...(who.visitorId ? { visitorId: who.visitorId, visitorToken: who.visitorToken } : {}),
    }
    client.send('welcome', welcome)
    if (this.state.avatars.size >= this.capacity && !this.locked) void this.lock()
    this.services.logger.info('joined', { room: this.roomId, role: who.role })
  }

  async onDrop(client: ShowroomClient) {
    await this.allowReconnection(client, RECONNECT_WINDOW_S)
  }

  onLeave(client: ShowroomClient) {
    this.state.avatars.delete(client.sessionId)
    if (this.state.avatars.size < this.capacity && this.locked) void this.unlock()
    this.lastMoveAt.delete(client.sessionId)
    this.limiter.forget(client.sessionId)
    this.demos.left(client.sessionId)
    this.visits.left(client.sessionId)
    this.placedAt.delete(client.sessionId)
    this.hub.unseat(client.sessionId)
    const staff = isStaffRole(client.auth?.role ?? '')
    const final = this.closedForGood.delete(client.sessionId)
    // A rep moving to their visitor's room instance is not leaving the showroom.
    if (staff && this.hub.isFollowing(client.sessionId)) return
    void this.hub.dispatch(
      staff
        ? { type: 'rep-left', repSessionId: client.sessionId, final }
        : { type: 'visitor-left', visitorSessionId: client.sessionId },
    )
  }

  /** A private line between the two ends of an active handoff is its transcript. */
  private keepTranscript(from: string, to: string, text: string) {
    const handoff = this.hub.handoffBetween(from, to)
    const store = this.services.store
    if (!handoff || !store) return
    const role = from === handoff.visitorSessionId ? 'visitor' : 'rep'
    const line = { handoffId: handoff.handoffId, from: role, text, at: this.wallClock() } as const
    store.appendTranscript(line).catch((err: unknown) => {
      this.services.logger.error('transcript line not saved', describeError(err))
    })
  }

  private wallClock(): number {
    return (this.services.now ?? Date.now)()
  }

  /** Puts a rep's avatar beside a visitor in this room, facing them. */
  private placeBeside(repSessionId: string, visitorSessionId: string): boolean {
    const rep = this.state.avatars.get(repSessionId)
    const visitor = this.state.avatars.get(visitorSessionId)
    if (!rep || !visitor) return false
    const pose = besidePose({ x: visitor.x, z: visitor.z, ry: visitor.ry })
    rep.x = pose.x
    rep.z = pose.z
    rep.ry = pose.ry
    this.lastMoveAt.set(repSessionId, this.clock.currentTime)
    this.placedAt.set(repSessionId, this.clock.currentTime)
    return true
  }

  private defaultColour(): string {
    const used = new Set([...this.state.avatars.values()].map((a) => a.color))
    return VISITOR_COLORS.find((c) => !used.has(c)) ?? VISITOR_COLORS[this.spawnCount % 8]
  }

  private handlers(): Handlers {
    const handoff = handoffHandlers({
      hub: this.hub,
      services: this.services,
      identityOf: (client) => (client as ShowroomClient).auth!,
      stationOf: (id) => this.visits.stationOf(id),
      roomId: this.roomId,
    })
    return {
      ...handoff,
      move: (client, msg) => this.move(client, msg),
      chat: (client, msg) =>
        chatHandler(this, client, msg, (from, to, text) => this.keepTranscript(from, to, text)),
      try: (client, msg) => {
        const name = this.state.avatars.get(client.sessionId)?.name ?? 'Someone'
        this.demos.try(client, { sessionId: client.sessionId, name }, msg)
        this.visits.tried(client.sessionId, msg.stationId)
      },
      'stop-demo': (client, msg) => this.demos.stop(client, msg),
    }
  }

  private move(client: Client, msg: { x: number; z: number; ry: number }) {
    const avatar = this.state.avatars.get(client.sessionId)
    if (!avatar) return
    const now = this.clock.currentTime
    const elapsed = now - (this.lastMoveAt.get(client.sessionId) ?? now)
    const verdict = judgeMove({ x: avatar.x, z: avatar.z, ry: avatar.ry }, msg, elapsed)
    if (!verdict.ok) {
      // A move sent from where the server had just placed us from is stale, not a cheat.
      if (now - (this.placedAt.get(client.sessionId) ?? -Infinity) < PLACEMENT_GRACE_MS) return
      sendError(client, 'TELEPORT', 'That move is further than walking allows.', 'move')
      return
    }
    avatar.x = verdict.pose.x
    avatar.z = verdict.pose.z
    avatar.ry = verdict.pose.ry
    this.lastMoveAt.set(client.sessionId, now)
    this.visits.moved(client.sessionId, verdict.pose)
  }
}
