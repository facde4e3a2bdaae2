// @vitest-environment jsdom
/** A rep who stops using the console, or hides its tab, is set away so the queue never counts them. */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const sent = vi.hoisted(() => [] as string[])
vi.mock('../../../client/net/send', () => ({
  sendStatus: (state: string) => {
    sent.push(state)
    return true
  },
}))

import { staffActions, useStaff } from '../../../client/net/staffStore'
import { useAutoAway } from '../../../client/staff/useAutoAway'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

function Probe() {
  useAutoAway()
  return null
}

let root: Root
beforeEach(() => {
  vi.useFakeTimers()
  sent.length = 0
  history.replaceState(null, '', '/staff?awayAfter=10') // the configurable limit, in seconds
  staffActions.setAvailability('available')
  root = createRoot(document.createElement('div'))
  act(() => root.render(<Probe />))
})
afterEach(() => {
  act(() => root.unmount())
  vi.useRealTimers()
})

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden })
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('auto-away', () => {
  it('sets an idle rep away after the configured time, and tells the server', () => {
    act(() => vi.advanceTimersByTime(9_000))
    expect(useStaff.getState().availability).toBe('available')
    act(() => vi.advanceTimersByTime(3_000))
    expect(useStaff.getState().availability).toBe('away')
    expect(sent).toEqual(['away'])
  })

  it('keeps a rep who keeps using the console available', () => {
    for (let i = 0; i < 6; i++) {
      act(() => vi.advanceTimersByTime(5_000))
      window.dispatchEvent(new Event('keydown'))
    }
    expect(useStaff.getState().availability).toBe('available')
    expect(sent).toEqual([])
  })

  it('sets away a rep whose tab stayed hidden past the limit, even with recent input', () => {
    setHidden(true)
    for (let i = 0; i < 3; i++) {
      act(() => vi.advanceTimersByTime(4_000))
      window.dispatchEvent(new Event('pointermove'))
    }
    expect(useStaff.getState().availability).toBe('away')
    setHidden(false)
  })
})
