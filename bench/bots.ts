/**
 * Bot visitors on @colyseus/sdk that stroll about the lobby like people do: each walks from
 * where the server spawned it to a random clear spot, around obstacles (shared/pathfinding.ts),
 * at a comfortable pace, sending moves the server accepts; then it picks the next spot.
 */
import { Client, type Room } from '@colyseus/sdk'
import { findPath, isClear } from '../shared/pathfinding'
import { headingTowards } from '../shared/rules'
import type { Vec2 } from '../shared/showroom'

/** A comfortable pace (m/s), well under the server's WALK_SPEED_MPS, varied per bot. */
const PACE_MPS = [1.1, 1.7] as const
/** Moves per second: half the client's send rate, plenty for a bench. */
const SEND_HZ = 10
/** Where the bots stroll: the lobby in front of a newcomer's camera (metres). */
const STROLL = { minX: -9, maxX: 9, minZ: -0.5, maxZ: 6.5 } as const
/** The server has a bot further than this from where it thinks (slid along a wall): resync. */
const RESYNC_M = 0.75

interface Walker {
  room: Room
  at: Vec2
  path: Vec2[]
  pace: number
  ry: number
}

/** A small seeded generator, so every run strolls the same way. */
function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type AvatarLike = { x: number; z: number }
const serverPose = (room: Room): AvatarLike | undefined =>
  (room.state as { avatars?: Map<string, AvatarLike> } | undefined)?.avatars?.get(room.sessionId)

async function spawnedAt(room: Room): Promise<Vec2> {
  for (let i = 0; i < 200; i++) {
    const p = serverPose(room)
    if (p) return { x: p.x, z: p.z }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`bot ${room.sessionId} never saw its own avatar`)
}

export interface WalkingBots {
  rooms: Room[]
  /** Moves the server refused (TELEPORT) or rate-limited: 0 when the bots walk like people. */
  refused: () => number
  stop: () => Promise<void>
}

export async function startWalkingBots(url: string, count: number, seed = 7): Promise<WalkingBots> {
  const random = mulberry32(seed)
  const pick = (): Vec2 => {
    for (;;) {
      const p = {
        x: STROLL.minX + random() * (STROLL.maxX - STROLL.minX),
        z: STROLL.minZ + random() * (STROLL.maxZ - STROLL.minZ),
      }
      if (isClear(p)) return p
    }
  }
  let refused = 0
  // `welcome` arrives before a handler can be registered: the SDK would warn once per bot.
  const warn = console.warn
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('onMessage() not registered')) warn(...args)
  }
  const rooms = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      new Client(url).joinOrCreate('showroom', { name: `Bot ${i + 1}` }),
    ),
  ).finally(() => setTimeout(() => (console.warn = warn), 1000))
  const walkers: Walker[] = []
  for (const room of rooms) {
    room.onMessage('*', () => undefined)
    room.onMessage('error', (e: { code: string }) => {
      if (e.code === 'TELEPORT' || e.code === 'RATE_LIMITED') refused++
    })
    const at = await spawnedAt(room)
    walkers.push({
      room,
      at,
      path: [],
      ry: 0,
      pace: PACE_MPS[0] + random() * (PACE_MPS[1] - PACE_MPS[0]),
    })
  }

  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    const dt = Math.min((now - last) / 1000, 0.5)
    last = now
    for (const w of walkers) step(w, dt, pick)
  }, 1000 / SEND_HZ)

  return {
    rooms,
    refused: () => refused,
    async stop() {
      clearInterval(timer)
      await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)))
    },
  }
}

function step(w: Walker, dt: number, pick: () => Vec2): void {
  const server = serverPose(w.room)
  if (server && Math.hypot(server.x - w.at.x, server.z - w.at.z) > RESYNC_M) {
    w.at = { x: server.x, z: server.z }
    w.path = []
  }
  if (w.path.length === 0) w.path = findPath(w.at, pick()) ?? []
  let budget = w.pace * dt
  while (budget > 0 && w.path.length > 0) {
    const next = w.path[0]
    const d = Math.hypot(next.x - w.at.x, next.z - w.at.z)
    w.ry = headingTowards(w.at, next)
    if (d <= budget) {
      w.at = next
      w.path.shift()
      budget -= d
    } else {
      w.at = {
        x: w.at.x + ((next.x - w.at.x) / d) * budget,
        z: w.at.z + ((next.z - w.at.z) / d) * budget,
      }
      budget = 0
    }
  }
  w.room.send('move', { x: w.at.x, z: w.at.z, ry: w.ry })
}
