/** The kiosk's own view state: attract loop or a person using it, the open panel, what they saw. */
import { create } from 'zustand'

export type KioskPanel = 'lead' | 'phone' | undefined

export interface KioskState {
  phase: 'attract' | 'active'
  panel: KioskPanel
  /** Stations whose card this visitor opened: the lead form's interests start from these. */
  visited: string[]
}

export const initialKiosk: KioskState = { phase: 'attract', panel: undefined, visited: [] }

export const useKiosk = create<KioskState>(() => initialKiosk)

export const kioskActions = {
  start: () => useKiosk.setState({ phase: 'active' }),
  open: (panel: KioskPanel) => useKiosk.setState({ panel }),
  visited: (stationId: string) =>
    useKiosk.setState((s) =>
      s.visited.includes(stationId) ? s : { visited: [...s.visited, stationId] },
    ),
  reset: () => useKiosk.setState(initialKiosk),
}
