/**
 * Avatars on a real server: a visitor wears the colour they picked, visitors who pick none get
 * distinct colours, a colour that is not a colour is refused at the door, and staff wear the slate
 * uniform whatever they ask for (the client draws their orange badge from the role).
 */
import type { Room } from '@colyseus/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAFF_UNIFORM_COLOR, VISITOR_COLORS } from '../../shared/showroom'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually } from '../support/server'
import { createStaff } from '../support/staff'

let srv: CrmServer
const rooms: Room[] = []

async function join(options: Record<string, unknown>, token?: string): Promise<Room> {
  const client = srv.client()
  if (token) client.auth.token = token
  const room = await client.joinOrCreate('showroom', options)
  room.onMessage('*', () => undefined)
  rooms.push(room)
  await eventually(() => room.state.avatars?.get(room.sessionId) !== undefined)
  return room
}
const mine = (room: Room) => room.state.avatars.get(room.sessionId)!

beforeAll(async () => {
  srv = await startCrmServer()
})
afterAll(async () => {
  await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)))
  await srv?.stop()
})

describe('avatars', () => {
  it('wear the colour the visitor picked, seen the same by everyone', async () => {
    const ann = await join({ name: 'Ann', color: '#e63946' })
    const bob = await join({ name: 'Bob', color: '#06a77d' })
    expect(mine(ann).color).toBe('#e63946')
    await eventually(() => bob.state.avatars.get(ann.sessionId)?.color === '#e63946')
    expect(mine(bob).color).toBe('#06a77d')
  })

  it('get distinct colours from the palette when the visitor picks none', async () => {
    const cy = await join({ name: 'Cy' })
    const di = await join({ name: 'Di' })
    expect(VISITOR_COLORS).toContain(mine(cy).color)
    expect(VISITOR_COLORS).toContain(mine(di).color)
    const colours = [...di.state.avatars.values()].map((a) => a.color)
    expect(new Set(colours).size).toBe(colours.length)
  })

  it('refuse a colour that is not a #rrggbb colour', async () => {
    await expect(
      srv.client().joinOrCreate('showroom', { name: 'Eve', color: 'red; background:url(x)' }),
    ).rejects.toThrow(/"color": must be a colour written #rrggbb/)
  })

  it('dress staff in the slate uniform, whatever colour they ask for', async () => {
    const rep = await createStaff(srv, 'rep', 'Rita')
    const rita = await join({ color: '#ff006e' }, rep.token)
    expect(mine(rita)).toMatchObject({ role: 'rep', color: STAFF_UNIFORM_COLOR })
    expect(VISITOR_COLORS).not.toContain(STAFF_UNIFORM_COLOR)
  })
})
