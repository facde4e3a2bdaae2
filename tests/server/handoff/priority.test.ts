import { describe, expect, it } from 'vitest'
import {
  BASE_POINTS,
  HEAD_START_FADE_S,
  KIOSK_HEAD_START_S,
  RETURNING_HEAD_START_S,
  orderQueue,
  priorityScore,
  type PriorityInput,
} from '../../../server/handoff/priority'

const T0 = 1_700_000_000_000
const S = 1000
const req = (id: string, at: number, more: Partial<PriorityInput> = {}): PriorityInput => ({
  requestId: id,
  channel: 'web',
  returning: false,
  requestedAt: T0 + at,
  ...more,
})
const ids = (list: PriorityInput[]) => list.map((r) => r.requestId)

describe('queue priority', () => {
  it('gives a kiosk visitor priority over a web visitor who summoned at the same time', () => {
    const web = req('a-web', 0)
    const kiosk = req('b-kiosk', 0, { channel: 'kiosk' })
    expect(ids(orderQueue([web, kiosk], T0 + 5 * S))).toEqual(['b-kiosk', 'a-web'])
  })

  it('gives a returning visitor priority over a first-time visitor', () => {
    const first = req('a-first', 0)
    const back = req('b-back', 0, { returning: true })
    expect(ids(orderQueue([first, back], T0 + 5 * S))).toEqual(['b-back', 'a-first'])
  })

  it('starts every live summon at the base, plus its head starts', () => {
    expect(priorityScore(req('a', 0), T0)).toBe(BASE_POINTS)
    const both = req('b', 0, { channel: 'kiosk', returning: true })
    expect(priorityScore(both, T0)).toBe(BASE_POINTS + KIOSK_HEAD_START_S + RETURNING_HEAD_START_S)
  })

  it('lets an older web request overtake a newer kiosk request after enough waiting', () => {
    const web = req('web', 0)
    const kiosk = req('kiosk', 10 * S, { channel: 'kiosk' })
    expect(ids(orderQueue([web, kiosk], T0 + 20 * S))).toEqual(['kiosk', 'web'])
    expect(ids(orderQueue([web, kiosk], T0 + 51 * S))).toEqual(['web', 'kiosk'])
  })

  it('puts nobody who summoned later ahead of a request that has waited the fade time', () => {
    const old = req('old', 0)
    const now = T0 + HEAD_START_FADE_S * S
    for (let at = 1; at < HEAD_START_FADE_S; at += 1) {
      const newer = req('newer', at * S, { channel: 'kiosk', returning: true })
      expect(ids(orderQueue([newer, old], now))[0]).toBe('old')
    }
  })

  it('never lowers a score as time passes', () => {
    const r = req('r', 0, { channel: 'kiosk', returning: true })
    let prev = -Infinity
    for (let t = 0; t <= 3 * HEAD_START_FADE_S; t += 1) {
      const score = priorityScore(r, T0 + t * S)
      expect(score).toBeGreaterThan(prev)
      prev = score
    }
  })

  it('breaks ties by the earlier summon, then by request id, whatever the input order', () => {
    const now = T0 + HEAD_START_FADE_S * 3 * S
    const list = [req('c', 5), req('b', 5), req('a', 9)]
    // After the fade, equal scores for equal waits; a later summon by 4 ms loses.
    const expected = ['b', 'c', 'a']
    expect(ids(orderQueue(list, now))).toEqual(expected)
    expect(ids(orderQueue([...list].reverse(), now))).toEqual(expected)
  })

  it('returns a new array and leaves the input alone', () => {
    const list = [req('a', 0), req('b', 0, { channel: 'kiosk' })]
    const copy = [...list]
    const ordered = orderQueue(list, T0)
    expect(ordered).not.toBe(list)
    expect(list).toEqual(copy)
  })
})
