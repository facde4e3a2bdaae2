/** View state of the scene that the overlay also reads: slow-changing, set on change only. */
import { create } from 'zustand'
import type { StationId } from '../../shared/showroom'

export interface TourView {
  /** Index of the stop being walked to or shown. */
  stop: number
  caption?: string
}

export interface ViewStore {
  /** The station whose ring the local avatar stands in. */
  nearStation?: StationId
  /** A card opened by clicking a robot (wins over the one you stand at). */
  pickedStation?: StationId
  /** The card the visitor closed while standing there: it stays closed until they walk away. */
  dismissedStation?: StationId
  /** The guided tour, while it runs. */
  tour?: TourView
  /** The first frame has been drawn (the e2e tests and the loading veil wait for it). */
  firstFrame: boolean
  /** prefers-reduced-motion: no breathing rings, no bobbing, no blinking lights, no damping. */
  reducedMotion: boolean
}

export const useView = create<ViewStore>(() => ({ firstFrame: false, reducedMotion: false }))

/** Which station card is open: a clicked robot, else the station you stand at (unless closed). */
export function openCardOf(v: ViewStore): StationId | undefined {
  if (v.pickedStation) return v.pickedStation
  return v.nearStation !== v.dismissedStation ? v.nearStation : undefined
}

export const viewActions = {
  setNear(id: StationId | undefined) {
    const v = useView.getState()
    if (id === v.nearStation) return
    // Walking away from a station forgets that its card was closed there.
    useView.setState({ nearStation: id, dismissedStation: id ? v.dismissedStation : undefined })
  },
  pick(id: StationId) {
    useView.setState({ pickedStation: id })
  },
  closeCard() {
    const v = useView.getState()
    useView.setState({ pickedStation: undefined, dismissedStation: v.nearStation })
  },
}
