/**
 * Station cards edited by a supervisor: validated, committed, served by GET from then on (also
 * after a restart on the same DATA_DIR), and pushed as `content` to every visitor in every room
 * instance, so an open card changes without a reload.
 */
import type { Room } from '@colyseus/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StationCard } from '../../../shared/content'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { nextMessage } from '../../support/server'
import { addStaff, api, tokenFor } from './helpers'

let srv: CrmServer
let supervisor: string
let rep: string
beforeAll(async () => {
  // One visitor per room instance: two visitors are in two rooms (the cross-room case).
  srv = await startCrmServer({ maxClientsPerRoom: 1 })
  await addStaff(srv, 'sam@stormpeak.test', 'supervisor', 'Sam')
  await addStaff(srv, 'rey@stormpeak.test', 'rep', 'Rey')
  supervisor = await tokenFor(srv, 'sam@stormpeak.test')
  rep = await tokenFor(srv, 'rey@stormpeak.test')
})
afterAll(async () => {
  await srv.stop()
})

const card = (over: Partial<StationCard> = {}): StationCard => ({
  title: 'Atlas-6 (2026 edition)',
  tagline: 'Now with a longer reach.',
  description: 'Picks parts off a moving conveyor.\nVision built in.',
  specs: [
    { label: 'Payload', value: '7 kg' },
    { label: 'Reach', value: '1,100 mm' },
  ],
  uses: ['Machine tending'],
  priceRange: '$41,000 – $55,000',
  ...over,
})

const put = (stationId: string, body: unknown, token = supervisor) =>
  fetch(`${srv.url}/api/content/stations/${stationId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

async function stations(): Promise<Record<string, StationCard>> {
  const res = await api(srv, '/api/content/stations')
  expect(res.status).toBe(200)
  return ((await res.json()) as { stations: Record<string, StationCard> }).stations
}

async function visitor(name: string): Promise<Room> {
  const room = await srv.client().joinOrCreate('showroom', { name })
  room.onMessage('*', () => undefined)
  return room
}

describe('station cards', () => {
  it('serves the shipped cards until someone edits them', async () => {
    const cards = await stations()
    expect(Object.keys(cards).sort()).toEqual(['amr', 'arm', 'cobot', 'drone', 'quadruped'])
    expect(cards.arm.title).toBe('StormPeak Atlas-6')
  })

  it('saves an edit and pushes it to visitors in every room instance', async () => {
    const [a, b] = [await visitor('Ada'), await visitor('Bo')]
    expect(a.roomId).not.toBe(b.roomId)
    const pushed = [a, b].map((room) =>
      nextMessage<{ stationId: string; card: StationCard }>(room, 'content'),
    )

    const res = await put('arm', card())
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ card: card() })
    for (const msg of await Promise.all(pushed)) {
      expect(msg).toEqual({ stationId: 'arm', card: card() })
    }
    const cards = await stations()
    expect(cards.arm).toEqual(card())
    expect(cards.drone.title).not.toBe(card().title) // the other stations keep their defaults
    await Promise.all([a.leave(), b.leave()])
  })

  it('trims the text it saves', async () => {
    const res = await put('drone', card({ title: '  Skylark  ' }))
    expect(res.status).toBe(200)
    expect((await stations()).drone.title).toBe('Skylark')
  })

  it('accepts a bare card: a title and a price, nothing else', async () => {
    const bare = card({ tagline: '', description: '', specs: [], uses: [] })
    expect((await put('cobot', bare)).status).toBe(200)
    expect((await stations()).cobot).toEqual(bare)
  })

  it.each([
    ['no title', { ...card(), title: undefined }],
    ['an empty title', card({ title: '   ' })],
    ['a title too long', card({ title: 'x'.repeat(81) })],
    ['a description too long', card({ description: 'x'.repeat(1201) })],
    ['a control character', card({ tagline: 'bell\u0007' })],
    [
      'too many specs',
      card({ specs: [...Array(13)].map((_, i) => ({ label: `L${i}`, value: 'v' })) }),
    ],
    [
      'two specs of one name',
      card({
        specs: [
          { label: 'Reach', value: '1 m' },
          { label: 'Reach', value: '2 m' },
        ],
      }),
    ],
    ['an empty price range', card({ priceRange: '' })],
    ['a price range too long', card({ priceRange: '$'.repeat(61) })],
    ['a key the card does not have', { ...card(), html: '<script>' }],
    ['not an object', ['a', 'list']],
  ])('refuses a card with %s (400) and keeps the saved one', async (_what, body) => {
    const before = (await stations()).arm
    const res = await put('arm', body)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toMatch(/card/)
    expect((await stations()).arm).toEqual(before)
  })

  it('answers 404 for an unknown station, 401 without a token and 403 to a rep', async () => {
    expect((await put('toaster', card())).status).toBe(404)
    expect((await put('arm', card(), 'forged')).status).toBe(401)
    expect((await put('arm', card(), rep)).status).toBe(403)
  })

  it('still serves the edits after a restart on the same data directory', async () => {
    const saved = await stations()
    const { dataDir, port } = srv
    await srv.stop()
    srv = await startCrmServer({ maxClientsPerRoom: 1 }, { dataDir, port })
    expect(await stations()).toEqual(saved)
    expect(saved.arm).toEqual(card())
  })
})
