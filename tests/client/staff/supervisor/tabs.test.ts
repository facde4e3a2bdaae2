/** The dashboard's tabs: the hash opens one, the keyboard moves between them. */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TAB,
  TABS,
  tabAfterKey,
  tabFromHash,
} from '../../../../client/staff/supervisor/tabs'

describe('dashboard tabs', () => {
  it('opens the tab named in the hash, or the default one', () => {
    expect(tabFromHash('#floor')).toBe('floor')
    expect(tabFromHash('floor')).toBe('floor')
    expect(tabFromHash('#nope')).toBe(DEFAULT_TAB)
    expect(tabFromHash('')).toBe(DEFAULT_TAB)
  })

  it('moves with the arrows, wrapping, and jumps with Home and End', () => {
    const n = TABS.length
    expect(tabAfterKey('ArrowRight', 0, n)).toBe(1)
    expect(tabAfterKey('ArrowRight', n - 1, n)).toBe(0)
    expect(tabAfterKey('ArrowLeft', 0, n)).toBe(n - 1)
    expect(tabAfterKey('Home', 3, n)).toBe(0)
    expect(tabAfterKey('End', 3, n)).toBe(n - 1)
    expect(tabAfterKey('Enter', 3, n)).toBeNull()
  })

  it('offers every section the supervisor works in', () => {
    expect(TABS.map((t) => t.label)).toEqual([
      'Today',
      'Floor',
      'Reps',
      'Shifts',
      'Staff',
      'Content',
      'Exports',
      'Queue',
    ])
  })
})
