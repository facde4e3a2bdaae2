/**
 * Chat's two public channels on a real server: nearby lines reach only people within earshot,
 * room-wide announcements are for staff and reach everyone; the length and rate limits answer
 * with a message a person can act on.
 */
import type { Room } from '@colyseus/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHAT_MAX_CHARS, type ChatMsg, type ErrorMsg } from '../../shared/protocol'
import { findPath } from '../../shared/pathfinding'
import { CHAT_HEARING_RADIUS_M, distance } from '../../shared/rules'
import type { Vec2 } from '../../shared/showroom'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage } from '../support/server'
import { createStaff, joinAsStaff } from '../support/staff'

/** Well under the server's walking allowance for the 100 ms between moves. */
const STEP_M = 0.6
const STEP_MS = 100

let srv: CrmServer
let ann: Room
let bob: Room
let far: Room
const heard = new Map<Room, ChatMsg[]>()

const poseOf = (room: Room): Vec2 => room.state.avatars.get(room.sessionId)!

/** Walks a visitor to `to` the way a client does: small steps around the obstacles. */
async function walk(room: Room, to: Vec2): Promise<void> {
  let at = poseOf(room)
  for (const point of findPath(at, to) ?? [to]) {
    while (distance(at, point) > 0.01) {
      const d = Math.min(STEP_M, distance(at, point))
      const k = d / distance(at, point)
      at = { x: at.x + (point.x - at.x) * k, z: at.z + (point.z - at.z) * k }
      room.send('move', { x: at.x, z: at.z, ry: 0 })
      await new Promise((r) => setTimeout(r, STEP_MS))
    }
  }
  await eventually(() => distance(poseOf(room), to) < 0.1, 5000, 'the walk')
}

async function join(name: string): Promise<Room> {
  const room = await srv.client().joinOrCreate('showroom', { name })
  heard.set(room, [])
  room.onMessage('chat', (line: ChatMsg) => heard.get(room)!.push(line))
  room.onMessage('error', () => undefined)
  await eventually(() => room.state.avatars?.get(room.sessionId) !== undefined)
  return room
}

beforeAll(async () => {
  srv = await startCrmServer()
  ann = await join('Ann')
  bob = await join('Bob')
  far = await join('Faye')
  await walk(far, { x: -11, z: -1.5 }) // in front of Atlas-6, across the hall
  expect(distance(poseOf(far), poseOf(ann))).toBeGreaterThan(CHAT_HEARING_RADIUS_M)
}, 60_000)
afterAll(async () => {
  await Promise.all([ann, bob, far].map((r) => r?.leave()))
  await srv?.stop()
})

describe('chat channels', () => {
  it('carries a nearby line to people within earshot only', async () => {
    const bobHears = nextMessage<ChatMsg>(bob, 'chat')
    ann.send('chat', { text: 'Shall we look at the arm?' })
    expect(await bobHears).toMatchObject({ name: 'Ann', channel: 'nearby', private: false })
    await new Promise((r) => setTimeout(r, 300))
    expect(heard.get(far)!.map((l) => l.text)).not.toContain('Shall we look at the arm?')
  })

  it('refuses a room-wide announcement from a visitor, saying who may make one', async () => {
    const refused = nextMessage<ErrorMsg>(ann, 'error')
    ann.send('chat', { text: 'Free robots for all!', channel: 'room' })
    const err = await refused
    expect(err.code).toBe('FORBIDDEN')
    expect(err.message).toMatch(/staff/i)
  })

  it('carries a staff announcement to everyone, however far away', async () => {
    const rep = await joinAsStaff(srv, await createStaff(srv, 'rep', 'Dana'))
    rep.onMessage('*', () => undefined)
    const faraway = nextMessage<ChatMsg>(far, 'chat')
    rep.send('chat', { text: 'A live Ridge demo starts at 3 pm.', channel: 'room' })
    expect(await faraway).toMatchObject({ name: 'Dana', channel: 'room', private: false })
    await rep.leave()
  })

  it('names the length limit when a line is too long', async () => {
    const refused = nextMessage<ErrorMsg>(bob, 'error')
    bob.send('chat', { text: 'x'.repeat(CHAT_MAX_CHARS + 1) })
    const err = await refused
    expect(err.code).toBe('INVALID')
    expect(err.message).toContain(`${CHAT_MAX_CHARS} characters`)
  })

  it('asks a flooding visitor to wait, in words, and keeps their connection', async () => {
    const refused = nextMessage<ErrorMsg>(bob, 'error')
    for (let i = 0; i < 10; i++) bob.send('chat', { text: `line ${i}` })
    const err = await refused
    expect(err).toMatchObject({ code: 'RATE_LIMITED', type: 'chat' })
    expect(err.message).toMatch(/wait/i)
    expect(err.message).not.toContain('"chat"')
    await walk(bob, { x: poseOf(bob).x, z: poseOf(bob).z - 0.5 }) // still connected, still served
  })
})
