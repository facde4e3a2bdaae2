/**
 * Attract mode: while nobody uses the kiosk, its avatar takes the guided tour again and again,
 * the camera gliding through the stations with their captions, under a clear *Touch to start*.
 */
import { useEffect } from 'react'
import { TOUR } from '../../shared/showroom'
import { useShowroom } from '../net/store'
import { startTour, stopTour } from '../scene/tour/tour'
import { useView } from '../scene/viewStore'
import { kioskActions } from './kioskStore'

export function AttractLoop() {
  const online = useShowroom((s) => s.status === 'online')
  const drawn = useView((s) => s.firstFrame)
  const tour = useView((s) => s.tour)
  useEffect(() => {
    if (online && drawn && !tour) startTour() // and again when it ends
  }, [online, drawn, tour])
  useEffect(() => () => stopTour(), [])
  const start = () => {
    stopTour()
    kioskActions.start()
  }
  return (
    <button className="kiosk-attract" onClick={start} aria-label="Touch to start">
      <span className="kiosk-attract-caption" aria-live="polite">
        {tour?.caption ?? TOUR[0].caption}
      </span>
      <span className="kiosk-attract-cta">Touch to start</span>
    </button>
  )
}
