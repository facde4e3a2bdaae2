/**
 * *Take the tour*: the avatar walks the waypoints of shared/showroom.ts, pausing at each stop with
 * a caption. Any key or any tap on the scene stops it. Runs as a step of the frame loop.
 */
import { TOUR } from '../../../shared/showroom'
import { frameHooks, type BeforeStep } from '../frameHooks'
import { onAnyKey, onAnyTap } from '../player/input'
import { localPlayer, stopWalking, walkTo } from '../player/localPlayer'
import { planPath } from '../player/planPath'
import { useView } from '../viewStore'

/** Time to read a caption at each stop. */
export const TOUR_PAUSE_S = 6
const ARRIVED_M = 0.6

let pausedFor = 0
let walking = false
let offKey: (() => void) | undefined
let offTap: (() => void) | undefined

const step: BeforeStep = (dt) => {
  const tour = useView.getState().tour
  if (!tour) return
  const stop = TOUR[tour.stop]
  if (walking) {
    const d = Math.hypot(stop.at.x - localPlayer.x, stop.at.z - localPlayer.z)
    if (localPlayer.path.length === 0 && d > ARRIVED_M) walkTo(planPath(stop.at))
    if (d <= ARRIVED_M) {
      walking = false
      pausedFor = 0
      useView.setState({ tour: { stop: tour.stop, caption: stop.caption } })
    }
    return
  }
  pausedFor += dt
  if (pausedFor < TOUR_PAUSE_S) return
  if (tour.stop + 1 >= TOUR.length) return stopTour()
  goTo(tour.stop + 1)
}

function goTo(index: number) {
  walking = true
  useView.setState({ tour: { stop: index, caption: undefined } })
  walkTo(planPath(TOUR[index].at))
}

export function startTour(): void {
  stopTour()
  frameHooks.beforeStep.add(step)
  offKey = onAnyKey(stopTour)
  offTap = onAnyTap(stopTour)
  goTo(0)
}

export function stopTour(): void {
  frameHooks.beforeStep.delete(step)
  offKey?.()
  offTap?.()
  offKey = offTap = undefined
  if (useView.getState().tour) {
    useView.setState({ tour: undefined })
    stopWalking()
  }
}
