/** The floor map's markers: who stands where, and which visitors wait, longest first. */
import { describe, expect, it } from 'vitest'
import {
  floorMarkers,
  markerKind,
  plural,
  waitingNow,
  type WaitingEntry,
} from '../../../../client/staff/supervisor/floorMarkers'
import type { Member } from '../../../../client/net/store'

const member = (name: string, role: Member['role']): Member => ({ name, role, color: '#fff' })
const entry = (over: Partial<WaitingEntry>): WaitingEntry => ({
  requestId: 'r1',
  visitorName: 'Vic',
  channel: 'web',
  stationId: 'arm',
  waitingMs: 10_000,
  priority: 1,
  returning: false,
  history: '',
  ...over,
})

const members = {
  s1: member('Vic', 'visitor'),
  s2: member('Dana', 'rep'),
  s3: member('Booth 4', 'kiosk'),
  s4: member('Sue', 'supervisor'),
}
const at = (id: string) => ({ s1: { x: 1, z: 2 }, s2: { x: 3, z: 4 }, s3: { x: 0, z: 0 } })[id]

describe('floor markers', () => {
  it('tells visitors, staff and kiosks apart', () => {
    expect(markerKind('visitor')).toBe('visitor')
    expect(markerKind('rep')).toBe('staff')
    expect(markerKind('supervisor')).toBe('staff')
    expect(markerKind('kiosk')).toBe('kiosk')
  })

  it('ticks waits from when the list arrived and puts the longest wait first', () => {
    const list = [
      entry({ requestId: 'a', waitingMs: 1000 }),
      entry({ requestId: 'b', waitingMs: 5000 }),
    ]
    const waiting = waitingNow(list, 100, 2100)
    expect(waiting.map((w) => [w.requestId, w.waitedMs])).toEqual([
      ['b', 7000],
      ['a', 3000],
    ])
    expect(waitingNow(list, 500, 100)[0].waitedMs).toBe(5000) // never backwards
  })

  it('draws only avatars with a known position, waiting visitors last (on top)', () => {
    const waiting = waitingNow([entry({ visitorSessionId: 's1' })], 0, 0)
    const markers = floorMarkers(members, at, waiting)
    expect(markers.map((m) => [m.sessionId, m.kind])).toEqual([
      ['s3', 'kiosk'],
      ['s2', 'staff'],
      ['s1', 'visitor'],
    ])
    expect(markers[2]).toMatchObject({ x: 1, z: 2, waiting: { requestId: 'r1', waitedMs: 10_000 } })
  })

  it('matches a waiting visitor by name when the server does not name the session', () => {
    const waiting = waitingNow([entry({})], 0, 0)
    expect(floorMarkers(members, at, waiting).find((m) => m.waiting)?.sessionId).toBe('s1')
  })

  it('never guesses between two visitors with the same name, nor picks a staff member', () => {
    const twins = { ...members, s5: member('Vic', 'visitor') }
    const both = (id: string) => at(id) ?? { x: 9, z: 9 }
    expect(floorMarkers(twins, both, waitingNow([entry({})], 0, 0)).some((m) => m.waiting)).toBe(
      false,
    )
    const named = waitingNow([entry({ visitorName: 'Dana' })], 0, 0)
    expect(floorMarkers(members, at, named).some((m) => m.waiting)).toBe(false)
  })

  it('stacks the labels of staff standing together, so no name hides another', () => {
    const team = {
      a: member('Dana', 'rep'),
      b: member('Sue', 'supervisor'),
      c: member('Lee', 'rep'),
    }
    const spot = (id: string) => ({ a: { x: 0, z: 0 }, b: { x: 0.2, z: 0 }, c: { x: 8, z: 0 } })[id]
    const rows = floorMarkers(team, spot, []).map((m) => [m.name, m.labelRow])
    expect(rows).toEqual([
      ['Dana', 0],
      ['Lee', 0],
      ['Sue', 1],
    ])
  })

  it('counts in words', () => {
    expect(plural(1, 'visitor')).toBe('1 visitor')
    expect(plural(0, 'visitor')).toBe('0 visitors')
  })
})
