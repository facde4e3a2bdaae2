// @vitest-environment jsdom
/**
 * The *Try it* countdown counts from the turn's start on the server's clock, so a visitor who
 * opens the page mid-turn reads the same seconds left as the driver, even when their computer's
 * clock is off.
 */
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { serverClock } from '../../../client/net/serverClock'
import { useShowroom } from '../../../client/net/store'
import { DemoControls, formatLeft, secondsLeft } from '../../../client/ui/DemoControls'
import { mountPerTest } from '../support/domRoot'

/** This machine's clock runs 7 minutes behind the server's. */
const SKEW_MS = 7 * 60_000

const dom = mountPerTest()
afterEach(() => {
  serverClock.sync(Date.now())
})

describe('seconds left in a demo turn', () => {
  it('counts whole seconds from the start on the server clock, never below zero', () => {
    expect(secondsLeft(1_000_000, 30_000, 1_012_300)).toBe(18)
    expect(secondsLeft(1_000_000, 30_000, 1_000_000)).toBe(30)
    expect(secondsLeft(1_000_000, 30_000, 1_040_000)).toBe(0)
    expect(secondsLeft(0, 30_000, 1_012_300)).toBe(0) // idle: no turn
    expect([formatLeft(0), formatLeft(59), formatLeft(60), formatLeft(245)]).toEqual([
      '0s',
      '59s',
      '1:00',
      '4:05',
    ])
  })

  it('shows a visitor arriving 12 s into a turn the same seconds left as everyone else', () => {
    serverClock.sync(Date.now() + SKEW_MS)
    const startedAt = Date.now() + SKEW_MS - 12_300
    useShowroom.setState({
      me: { sessionId: 'bob', role: 'visitor' },
      demoQueue: {},
      demos: {
        arm: {
          running: true,
          mode: 'sort',
          driver: 'Ann',
          driverSession: 'ann',
          turnMs: 30_000,
          turn: 1,
          startedAt,
          waiting: 0,
        },
      },
    })
    act(() => dom.root.render(<DemoControls stationId="arm" />))
    expect(dom.container.textContent).toContain('Ann is driving the demo (18s left)')
  })
})
