/**
 * One tab's panel. Mounted the first time it is opened and then kept (a half-typed card or shift
 * survives a look at the floor), hidden while another tab is open: its polls and timers pause
 * through `DashboardShown`.
 */
import { useState, type ReactNode } from 'react'
import { panelId, tabId } from './TabBar'
import type { TabId } from './tabs'
import { DashboardShown } from './usePoll'

export interface TabPanelProps {
  tab: TabId
  current: TabId
  children: ReactNode
}

export function TabPanel({ tab, current, children }: TabPanelProps) {
  const active = tab === current
  const [opened, setOpened] = useState(active)
  if (active && !opened) setOpened(true) // adjusting state while rendering: no extra effect pass
  return (
    <div
      role="tabpanel"
      id={panelId(tab)}
      aria-labelledby={tabId(tab)}
      hidden={!active}
      className="sv-panel"
    >
      <DashboardShown.Provider value={active}>{opened && children}</DashboardShown.Provider>
    </div>
  )
}
