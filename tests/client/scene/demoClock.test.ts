/**
 * A robot demo looks the same on every page in the room: the demo clock and the travel round a
 * track come from the turn's start on the server's clock, not from when a page saw the turn.
 */
import { describe, expect, it } from 'vitest'
import {
  DemoClock,
  IDLE_PACE,
  SharedTravel,
  demoTimeAt,
  energyAt,
  type DemoTurn,
} from '../../../client/scene/robots/demoClock'

const STARTED_AT = 1_800_000_000_000
const turn: DemoTurn = { running: true, turn: 3, startedAt: STARTED_AT }

/** Like the hauler docking: slows down as it nears a spot on its loop (depends on its history). */
const dockRate = (_t: number, done: number) => Math.min(1.2, Math.abs(9 - done) * 1.5)

/** Advances a clock (and a travel, with a rate that depends on its history) frame by frame. */
function runFrames(
  clock: DemoClock,
  travel: SharedTravel,
  state: DemoTurn,
  fromMs: number,
  toMs: number,
  frameMs: number,
) {
  let shown = 0
  for (let now = fromMs; now <= toMs; now += frameMs) {
    const f = clock.advance(state, frameMs / 1000, now)
    shown = travel.advance(f, dockRate)
  }
  return shown
}

describe('demo time', () => {
  it('starts at zero, eases from the idle pace to the full pace, and never runs backwards', () => {
    expect(demoTimeAt(0)).toBe(0)
    expect(demoTimeAt(-5)).toBe(0)
    const paceAt = (e: number) => (demoTimeAt(e + 1e-3) - demoTimeAt(e)) / 1e-3
    expect(paceAt(0)).toBeCloseTo(IDLE_PACE, 2)
    expect(paceAt(10)).toBeCloseTo(1, 2)
    for (let e = 0; e < 30; e += 0.5) expect(demoTimeAt(e + 0.5)).toBeGreaterThan(demoTimeAt(e))
    expect(energyAt(0)).toBe(0)
    expect(energyAt(12)).toBeGreaterThan(0.99)
  })
})

describe('a page that arrives mid-turn', () => {
  it('shows the same moment of the routine as a page that saw the turn start', () => {
    // Ann's page idles for a while, then sees the turn start, drawing 60 frames a second.
    const ann = new DemoClock()
    const annTravel = new SharedTravel()
    runFrames(ann, annTravel, { running: false }, STARTED_AT - 20_000, STARTED_AT - 1, 16)
    const annShown = runFrames(ann, annTravel, turn, STARTED_AT, STARTED_AT + 18_000, 16)

    // Bob's page opens 12 s into the turn and draws 7 frames a second on software WebGL.
    const bob = new DemoClock()
    const bobTravel = new SharedTravel()
    const first = bob.advance(turn, 0.14, STARTED_AT + 12_000)
    expect(first.fresh).toBe(true)
    expect(first.energy).toBeGreaterThan(0.99) // joins at full energy, not from rest
    bobTravel.advance(first, dockRate)
    const bobShown = runFrames(bob, bobTravel, turn, STARTED_AT + 12_143, STARTED_AT + 18_000, 143)
    expect(bob.fresh).toBe(false)

    const at = STARTED_AT + 18_000
    runFrames(ann, annTravel, turn, at, at, 16)
    runFrames(bob, bobTravel, turn, at, at, 16)
    expect(bob.t).toBe(ann.t)
    expect(ann.t).toBeCloseTo(demoTimeAt(18), 9)
    // Bob's travel was simulated from the turn's start in fixed steps: the same as Ann's, and
    // after its glide Bob's robot stands where Ann's does.
    expect(bobTravel.shared).toBeCloseTo(annTravel.shared, 9)
    expect(bobTravel.shared).toBeGreaterThan(1)
    expect(bobShown).toBeCloseTo(annShown, 2)
  })

  it('without the shared clock, the same two pages would disagree (the test can fail)', () => {
    const ann = new DemoClock()
    runFrames(ann, new SharedTravel(), turn, STARTED_AT, STARTED_AT + 18_000, 16)
    const late = new DemoClock()
    // A turn without a start time (an old server): each page counts from when it saw it.
    runFrames(
      late,
      new SharedTravel(),
      { running: true, turn: 3 },
      STARTED_AT + 12_000,
      STARTED_AT + 18_000,
      16,
    )
    expect(Math.abs(late.t - ann.t)).toBeGreaterThan(5)
  })
})

describe('turns one after another', () => {
  it('marks only the first frame of each turn fresh, and idles on from where it stopped', () => {
    const clock = new DemoClock()
    expect(clock.advance(turn, 0.016, STARTED_AT + 100).fresh).toBe(true)
    expect(clock.advance(turn, 0.016, STARTED_AT + 116).fresh).toBe(false)
    const next = { running: true, turn: 4, startedAt: STARTED_AT + 30_000 }
    expect(clock.advance(next, 0.016, STARTED_AT + 30_000).fresh).toBe(true)
    const t = clock.advance(next, 0.016, STARTED_AT + 40_000).t
    const idle = clock.advance({ running: false, turn: 4 }, 0.05, STARTED_AT + 40_050)
    expect(idle.shared).toBe(false)
    expect(idle.t).toBeGreaterThan(t)
    expect(idle.t - t).toBeLessThan(0.05)
  })

  it('glides a robot to the shared place at a new turn instead of jumping', () => {
    const clock = new DemoClock()
    const travel = new SharedTravel()
    const wrapped = (a: number) => Math.atan2(Math.sin(a), Math.cos(a))
    const shown = wrapped(runFrames(clock, travel, { running: false }, 0, 20_000, 16))
    expect(Math.abs(shown)).toBeGreaterThan(0.5) // it idled away from where the turn starts
    const first = travel.advance(clock.advance(turn, 0.016, STARTED_AT), () => 1)
    expect(Math.abs(wrapped(first - shown))).toBeLessThan(0.02 * Math.abs(shown))
    const later = runFrames(clock, travel, turn, STARTED_AT + 16, STARTED_AT + 9_000, 16)
    expect(later - travel.shared).toBeCloseTo(0, 2)
  })
})
