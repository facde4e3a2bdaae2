/**
 * The dashboard's tab list (WAI-ARIA tabs): one tab stop, arrows move between tabs and open them,
 * each tab names the panel it controls.
 */
import { useRef, type KeyboardEvent } from 'react'
import { TABS, tabAfterKey, type TabId } from './tabs'

export interface TabBarProps {
  current: TabId
  onSelect: (tab: TabId) => void
  /** A count shown on a tab, e.g. visitors waiting on Queue. */
  badges?: Partial<Record<TabId, number>>
}

export const tabId = (tab: TabId) => `sv-tab-${tab}`
export const panelId = (tab: TabId) => `sv-panel-${tab}`

export function TabBar({ current, onSelect, badges = {} }: TabBarProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const next = tabAfterKey(e.key, index, TABS.length)
    if (next === null) return
    e.preventDefault()
    onSelect(TABS[next].id)
    buttons.current[next]?.focus()
  }
  return (
    <div role="tablist" aria-label="Supervisor dashboard" className="sv-tabs">
      {TABS.map((t, i) => {
        const badge = badges[t.id]
        return (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[i] = el
            }}
            role="tab"
            id={tabId(t.id)}
            aria-selected={current === t.id}
            aria-controls={panelId(t.id)}
            tabIndex={current === t.id ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
            {badge ? (
              <span className="sv-badge">
                <span className="sv-sr-only">, waiting: </span>
                {badge}
              </span>
            ) : null}
          </button>
        )
      })}
    </div>
  )
}
