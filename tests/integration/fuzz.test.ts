/**
 * Ten thousand random and malformed payloads across every message type, from visitors and a rep
 * at once. Nothing may crash or disconnect anyone; wrong input is answered with `error`; and
 * afterwards a normal summon → accept → conversation → end → rating still works and is recorded.
 */
import type { Room } from '@colyseus/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ERROR_CODES, INBOUND } from '../../shared/protocol'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { nextMessage } from '../support/server'
import { createStaff, joinAsStaff } from '../support/staff'

const PAYLOADS = 10_000

/** mulberry32: the same "random" run every time, so a failure can be replayed. */
function seeded(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), s | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = seeded(20261123)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]

const NUMBERS = [0, -0, 1, -1, 0.5, 3, 5, 6, 1e308, -1e308, NaN, Infinity, -Infinity, 2 ** 53]
const STRINGS = [
  '',
  ' ',
  'arm',
  'drone',
  'available',
  'away',
  '<script>alert(1)</script>',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  '\u0000\u0007\u001b[31m',
  '😀'.repeat(200),
  'x'.repeat(5000),
  'a@b.co',
  '+44 20 7946 0000',
]

function value(depth = 0): unknown {
  switch (Math.floor(random() * (depth > 2 ? 5 : 8))) {
    case 0:
      return pick(NUMBERS)
    case 1:
      return pick(STRINGS)
    case 2:
      return pick([true, false, null, undefined])
    case 3:
      return random() * 2000 - 1000
    case 4:
      return pick(STRINGS).slice(0, Math.floor(random() * 40))
    case 5:
      return Array.from({ length: Math.floor(random() * 5) }, () => value(depth + 1))
    default:
      return object(depth + 1)
  }
}

const KEYS = [
  ...new Set(
    Object.values(INBOUND).flatMap((s) => Object.keys((s as { shape?: object }).shape ?? {})),
  ),
  '__proto__',
  'constructor',
  'prototype',
  'extra',
]

function object(depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (let i = Math.floor(random() * 5); i > 0; i--) o[pick(KEYS)] = value(depth)
  return o
}

/** Plausible payloads with one field made wrong reach deeper than pure noise. */
const VALID: Record<string, () => Record<string, unknown>> = {
  move: () => ({ x: random() * 40 - 20, z: random() * 30 - 15, ry: random() * 7 }),
  chat: () => ({ text: pick(STRINGS) || 'hi', to: random() < 0.3 ? 'nobody' : undefined }),
  summon: () => ({ stationId: pick(['arm', 'amr', 'nope']), topic: pick(STRINGS) }),
  'cancel-summon': () => ({}),
  rate: () => ({ handoffId: 'h-x', score: pick([1, 5, 0, 9]), comment: pick(STRINGS) }),
  status: () => ({ state: pick(['available', 'away', 'busy']) }),
  accept: () => ({ requestId: pick(['r-1', '', 'x'.repeat(100)]) }),
  'end-handoff': () => ({ handoffId: 'h-x', outcome: pick(['answered', '']) }),
  try: () => ({ stationId: pick(['arm', 'quadruped', 'drone', 'x']), mode: pick(STRINGS) }),
  'stop-demo': () => ({ stationId: pick(['arm', 'cobot', 'x']) }),
  'leave-message': () => ({
    kind: pick(['message', 'callback', 'fax']),
    name: pick(STRINGS),
    email: pick(['a@b.co', 'not-an-email', undefined]),
    text: pick(STRINGS),
    consent: pick([true, false, 'yes']),
  }),
}

function payload(type: string): unknown {
  const make = Object.hasOwn(VALID, type) ? VALID[type] : undefined
  if (!make || random() < 0.4) return value()
  const p = make()
  const key = pick([...Object.keys(p), 'extra'])
  if (random() < 0.8) p[key] = value()
  return p
}

const TYPES = [...Object.keys(INBOUND), 'unknown', '', 'x'.repeat(60), '__proto__', 'constructor']

let srv: CrmServer
beforeAll(async () => {
  srv = await startCrmServer()
})
afterAll(async () => {
  await srv.stop()
})

describe('fuzzing every message type', () => {
  it('answers nonsense with errors, keeps everyone connected, and still serves a summon', async () => {
    const fuzzRep = await createStaff(srv, 'rep', 'Fuzz Rep')
    const clients: Room[] = [
      await srv.client().joinOrCreate('showroom', { name: 'Fuzz 1' }),
      await srv.client().joinOrCreate('showroom', { name: 'Fuzz 2' }),
      await srv.client().joinOrCreate('showroom', { name: 'Fuzz 3' }),
      await joinAsStaff(srv, fuzzRep),
    ]
    const errors: { code: string; message: string }[] = []
    let heard = 0
    for (const room of clients) {
      room.onMessage('*', () => heard++)
      room.onMessage('error', (e: { code: string; message: string }) => errors.push(e))
    }

    for (let i = 0; i < PAYLOADS; i++) {
      const room = clients[i % clients.length]
      const type = pick(TYPES)
      if (random() < 0.03) room.sendBytes(type, new Uint8Array([0xc1, 0xff, 0x00, i & 0xff]))
      else room.send(type, payload(type))
      if (i % 500 === 0) await new Promise((r) => setTimeout(r, 5)) // let the socket drain
    }
    // Wait until the server has answered everything it is going to answer.
    let last = -1
    while (heard !== last) {
      last = heard
      await new Promise((r) => setTimeout(r, 400))
    }

    for (const room of clients) expect(room.connection.isOpen).toBe(true)
    expect(errors.length).toBeGreaterThan(PAYLOADS / 2)
    for (const e of errors) {
      expect(ERROR_CODES).toContain(e.code)
      expect(typeof e.message).toBe('string')
    }
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200)
    await Promise.all(clients.map((room) => room.leave()))

    // The room still does its real work.
    const rep = await joinAsStaff(srv, await createStaff(srv, 'rep', 'Rhea'))
    rep.onMessage('*', () => undefined)
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Vale' })
    visitor.onMessage('*', () => undefined)
    await nextMessage(rep, 'requests', 5000).catch(() => undefined)
    const ready = nextMessage(rep, 'requests')
    rep.send('status', { state: 'available' })
    await ready
    const queued = nextMessage<{ requestId: string }>(visitor, 'queue')
    visitor.send('summon', { stationId: 'cobot' })
    const { requestId } = await queued
    const handoff = nextMessage<{ handoffId: string }>(visitor, 'handoff')
    rep.send('accept', { requestId })
    const { handoffId } = await handoff
    const line = nextMessage<{ text: string }>(visitor, 'chat')
    rep.send('chat', { text: 'Still here.', to: visitor.sessionId })
    expect(await line).toMatchObject({ text: 'Still here.' })
    const ended = nextMessage(visitor, 'handoff-ended')
    rep.send('end-handoff', { handoffId, outcome: 'answered' })
    await ended
    const thanks = nextMessage(visitor, 'rating-saved')
    visitor.send('rate', { handoffId, score: 4 })
    await thanks
    const row = await srv.running.services.store!.getHandoff(handoffId)
    expect(row).toMatchObject({ status: 'ended', outcome: 'answered', rating: 4 })
  }, 120_000)
})
