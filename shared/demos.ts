/**
 * The robot demos a visitor can drive with *Try it*: the modes each robot knows, and how long a
 * turn lasts. The server runs the demo (it is room state), so everyone present sees the same.
 */
import type { StationId } from './showroom'

export interface DemoMode {
  id: string
  label: string
}

export const DEMO_MODES: Record<StationId, readonly DemoMode[]> = {
  arm: [
    { id: 'pick-orange', label: 'Pick the orange part' },
    { id: 'pick-slate', label: 'Pick the slate part' },
    { id: 'sort', label: 'Sort the conveyor' },
  ],
  quadruped: [
    { id: 'trot', label: 'Trot in place' },
    { id: 'circle', label: 'Walk a circle' },
    { id: 'inspect', label: 'Inspect a valve' },
  ],
  amr: [
    { id: 'loop', label: 'Run the loop' },
    { id: 'deliver', label: 'Deliver a cart' },
    { id: 'dock', label: 'Go to the charger' },
  ],
  drone: [
    { id: 'scan', label: 'Scan the shelf' },
    { id: 'figure-eight', label: 'Fly a figure eight' },
    { id: 'orbit', label: 'Orbit the rack' },
  ],
  cobot: [
    { id: 'teach', label: 'Hand-guided teaching' },
    { id: 'handover', label: 'Hand over a part' },
    { id: 'screw', label: 'Drive screws' },
  ],
}

/** One visitor's turn at the controls; then the next in line drives. */
export const DEMO_TURN_MS = 30_000

export function isDemoMode(stationId: StationId, mode: string): boolean {
  return DEMO_MODES[stationId].some((m) => m.id === mode)
}
