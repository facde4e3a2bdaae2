// @vitest-environment jsdom
/** A new waiting visitor chimes and marks the tab title for an available rep, never for an away one. */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const chimes = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../client/staff/alert', () => ({ chime: () => chimes.count++ }))

import { staffActions, useStaff } from '../../../client/net/staffStore'
import { STAFF_TITLE, useArrivalAlert } from '../../../client/staff/useArrivalAlert'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

function Probe() {
  useArrivalAlert()
  return null
}

const waiting = (requestId: string) => ({
  requestId,
  visitorName: 'Vic',
  channel: 'web' as const,
  stationId: null,
  waitingMs: 0,
  priority: 1,
})

let root: Root
beforeEach(() => {
  chimes.count = 0
  document.title = STAFF_TITLE
  useStaff.setState({ requests: [], seen: new Set(), newArrivals: 0 }) // a console just opened
  root = createRoot(document.createElement('div'))
  act(() => root.render(<Probe />))
})
afterEach(() => act(() => root.unmount()))

describe('the arrival alert', () => {
  it('chimes and marks the title when a new visitor waits, once per visitor', () => {
    act(() => staffActions.setAvailability('available'))
    act(() => staffActions.requests([waiting('r1')]))
    expect(chimes.count).toBe(1)
    expect(document.title).toContain('New visitor waiting')
    act(() => staffActions.requests([waiting('r1')])) // the same list again: nobody new
    expect(chimes.count).toBe(1)
  })

  it('stays quiet for a rep who is away', () => {
    act(() => staffActions.setAvailability('away'))
    act(() => staffActions.requests([waiting('r2')]))
    expect(chimes.count).toBe(0)
    expect(document.title).toBe(STAFF_TITLE)
  })
})
