// @vitest-environment jsdom
/** The dashboard's table and tabs as a supervisor uses them: by mouse and by keyboard. */
import { act, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ScoreTable } from '../../../../client/staff/supervisor/Scoreboard'
import { TabBar } from '../../../../client/staff/supervisor/TabBar'
import { DEFAULT_TAB, type TabId } from '../../../../client/staff/supervisor/tabs'
import type { ScoreboardRow } from '../../../../shared/staffApi'
import { mountPerTest } from '../../support/domRoot'

const dom = mountPerTest()

const row = (name: string, handled: number, ratingAvg: number | null): ScoreboardRow => ({
  staffId: name,
  name,
  role: 'rep',
  handled,
  avgWaitMs: null,
  firstResponseP50Ms: null,
  ratingAvg,
  ratings: ratingAvg === null ? 0 : 1,
  availableMs: 0,
  scheduledMs: 0,
})

const rowNames = () =>
  [...dom.container.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)
const header = (label: string) =>
  [...dom.container.querySelectorAll<HTMLButtonElement>('thead button')].find((b) =>
    b.textContent?.startsWith(label),
  )!

describe('the scoreboard table', () => {
  it('ranks by handled first, and re-sorts on a header click, flipping on a second', () => {
    act(() =>
      dom.root.render(
        <ScoreTable rows={[row('Ana', 1, 3), row('Dana', 4, null), row('Lee', 2, 5)]} />,
      ),
    )
    expect(rowNames()).toEqual(['Dana', 'Lee', 'Ana'])
    act(() => header('Rating').click())
    expect(rowNames()).toEqual(['Lee', 'Ana', 'Dana'])
    expect(header('Rating').closest('th')?.getAttribute('aria-sort')).toBe('descending')
    act(() => header('Name').click())
    act(() => header('Name').click())
    expect(rowNames()).toEqual(['Lee', 'Dana', 'Ana'])
  })
})

function Tabs() {
  const [tab, setTab] = useState<TabId>(DEFAULT_TAB)
  return <TabBar current={tab} onSelect={setTab} badges={{ queue: 2 }} />
}

describe('the tab bar', () => {
  const tabs = () => [...dom.container.querySelectorAll<HTMLButtonElement>('[role="tab"]')]
  const selected = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')

  it('keeps one tab stop and moves with the arrow keys, End and Home', () => {
    act(() => dom.root.render(<Tabs />))
    expect(tabs().filter((t) => t.tabIndex === 0)).toEqual([selected()])
    const key = (k: string) =>
      act(() => {
        document.activeElement?.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true }),
        )
      })
    selected()!.focus()
    key('ArrowRight')
    expect(selected()?.textContent).toBe('Floor')
    expect(document.activeElement).toBe(selected())
    key('End')
    expect(selected()?.textContent).toMatch(/^Queue/)
    key('ArrowRight')
    expect(selected()?.textContent).toBe('Today')
  })

  it('names the panel each tab controls and shows the waiting count', () => {
    act(() => dom.root.render(<Tabs />))
    const queue = tabs().find((t) => t.id === 'sv-tab-queue')!
    expect(queue.getAttribute('aria-controls')).toBe('sv-panel-queue')
    expect(queue.textContent).toBe('Queue, waiting: 2')
  })
})
