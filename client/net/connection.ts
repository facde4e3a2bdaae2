/**
 * The connection to the showroom: joins the room and turns what the server says into the two
 * outputs of the network layer, the store (slow facts) and the motion buffer (poses).
 * This folder is the only one that imports @colyseus/sdk.
 */
import { Callbacks, Client, ServerError, type Room } from '@colyseus/sdk'
import {
  ROOM_NAME,
  type DemoQueueMsg,
  type FollowMsg,
  type WelcomeMsg,
} from '../../shared/protocolNames'
import type { JoinOptions } from '../../shared/protocol'
import type { StationId } from '../../shared/showroom'
import { ShowroomState } from '../../shared/state'
import type { Role } from '../../shared/protocolNames'
import { wireContent } from './content'
import { motion } from './motion'
import { serverClock } from './serverClock'
import { showroomActions, useShowroom } from './store'
import { wireStaff } from './staffWiring'
import { wireSummon } from './summonWiring'

export type ShowroomRoom = Room<unknown, ShowroomState>

/** Where the visitor token is kept, so a returning browser is recognised (a signed token). */
const VISITOR_TOKEN_KEY = 'stormpeak.visitorToken'

let current: ShowroomRoom | undefined

/**
 * A phone opened from a kiosk's QR code (`/?handover=<code>`): redeem the one-time code for the
 * kiosk visitor's token, so this browser joins as the same visitor (history, interests).
 */
export async function redeemHandover(): Promise<void> {
  const url = new URL(location.href)
  const code = url.searchParams.get('handover')
  if (!code) return
  url.searchParams.delete('handover')
  history.replaceState(null, '', url) // the code is spent: a reload must not try it again
  const res = await fetch(`/api/handover/${encodeURIComponent(code)}`, { method: 'POST' })
  if (!res.ok) return // used or expired: the visitor simply starts afresh
  const { visitorToken } = (await res.json()) as { visitorToken: string }
  localStorage.setItem(VISITOR_TOKEN_KEY, visitorToken)
}

export function activeRoom(): ShowroomRoom | undefined {
  return current
}

export function serverUrl(): string {
  return `${location.protocol}//${location.host}`
}

export interface ConnectOptions {
  name?: string
  color?: string
  channel?: JoinOptions['channel']
  kioskToken?: string
  /** A staff login token; the role comes from it. */
  staffToken?: string
}

/** A kiosk serves a new person after each reset: it must not remember anyone in storage. */
const remembers = (options: ConnectOptions) => options.channel !== 'kiosk'

export async function connect(options: ConnectOptions): Promise<ShowroomRoom> {
  showroomActions.setStatus('connecting')
  const client = new Client(serverUrl())
  if (options.staffToken) client.auth.token = options.staffToken
  const join: JoinOptions = options.staffToken
    ? {}
    : {
        name: options.name,
        color: options.color,
        channel: options.channel ?? 'web',
        kioskToken: options.kioskToken,
        visitorToken: remembers(options)
          ? (localStorage.getItem(VISITOR_TOKEN_KEY) ?? undefined)
          : undefined,
      }
  try {
    const room = (await client.joinOrCreate(ROOM_NAME, join, ShowroomState)) as ShowroomRoom
    wire(room, client, remembers(options))
    current = room
    return room
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (unreachable(err))
      showroomActions.setStatus('offline', `Cannot reach the showroom: ${message}`)
    else showroomActions.setStatus('refused', message)
    throw err
  }
}

/**
 * The SDK reports a server that cannot be reached (down, restarting, no network) as an error
 * without an HTTP status; a refusal (bad token, revoked kiosk) carries the server's status. Only
 * the latter is final: a kiosk must keep its screen and retry through the former.
 */
function unreachable(err: unknown): boolean {
  return !(err instanceof ServerError) || typeof err.code !== 'number' || err.code === 0
}

/** Rooms we are leaving on purpose to follow a visitor: their `leave` is not a disconnection. */
const followedAway = new WeakSet<ShowroomRoom>()

/** A rep's accepted visitor is in another room instance: take the seat there, then leave here. */
async function follow(client: Client, from: ShowroomRoom, msg: FollowMsg): Promise<void> {
  try {
    const to = (await client.consumeSeatReservation(msg.reservation, ShowroomState)) as ShowroomRoom
    followedAway.add(from)
    for (const id of Object.keys(useShowroom.getState().members)) motion.remove(id)
    useShowroom.setState({ members: {} })
    wire(to, client)
    current = to
    await from.leave()
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    showroomActions.notify({
      code: 'UNAVAILABLE',
      message: `Could not join the visitor: ${message}`,
    })
  }
}

/** Leaves the room on purpose (a kiosk between visitors): not shown as a lost connection. */
export async function leaveRoom(): Promise<void> {
  const room = current
  if (!room) return
  followedAway.add(room)
  current = undefined
  for (const id of Object.keys(useShowroom.getState().members)) motion.remove(id)
  showroomActions.reset()
  await room.leave().catch(() => undefined)
}

function wire(room: ShowroomRoom, client: Client, remember = true): void {
  room.onMessage('follow', (msg: FollowMsg) => void follow(client, room, msg))
  wireSummon(room)
  wireStaff(room)
  wireContent(room)
  room.onMessage('welcome', (msg: WelcomeMsg) => {
    serverClock.sync(msg.serverTime)
    if (msg.visitorToken && remember) localStorage.setItem(VISITOR_TOKEN_KEY, msg.visitorToken)
    useShowroom.setState({
      me: {
        sessionId: msg.sessionId,
        role: msg.role,
        visitorId: msg.visitorId,
        visitorToken: msg.visitorToken,
      },
    })
    showroomActions.setStatus('online')
  })
  room.onMessage('demo-queue', (msg: DemoQueueMsg) =>
    useShowroom.setState((s) => ({ demoQueue: { ...s.demoQueue, [msg.stationId]: msg.position } })),
  )

  const $ = Callbacks.get(room)
  $.onAdd('avatars', (avatar, sessionId) => {
    showroomActions.addMember(sessionId, {
      name: avatar.name,
      role: avatar.role as Role,
      color: avatar.color,
    })
    motion.push(sessionId, avatar.x, avatar.z, avatar.ry)
    $.onChange(avatar, () => motion.push(sessionId, avatar.x, avatar.z, avatar.ry))
  })
  $.onAdd('stations', (demo, id) => {
    const copy = () =>
      showroomActions.setDemo(id as StationId, {
        running: demo.running,
        mode: demo.mode,
        driver: demo.driver,
        driverSession: demo.driverSession,
        turnMs: demo.turnMs,
        turn: demo.turn,
        startedAt: demo.startedAt,
        waiting: demo.waiting,
      })
    copy()
    $.onChange(demo, copy)
  })
  $.onRemove('avatars', (_avatar, sessionId) => {
    showroomActions.removeMember(sessionId)
    motion.remove(sessionId)
  })

  room.onDrop(() => showroomActions.setStatus('reconnecting', 'Connection lost: reconnecting…'))
  room.onReconnect(() => showroomActions.setStatus('online'))
  room.onLeave((code) => {
    if (followedAway.has(room)) return
    current = undefined
    showroomActions.setStatus('offline', code === 1000 ? 'You left the showroom.' : 'Disconnected.')
  })
}
