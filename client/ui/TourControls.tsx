/** *Take the tour* and its caption; any key or tap stops it. */
import { TOUR } from '../../shared/showroom'
import { startTour, stopTour } from '../scene/tour/tour'
import { useView } from '../scene/viewStore'

export function TourControls() {
  const tour = useView((s) => s.tour)
  return (
    <div className="tour">
      {tour ? (
        <>
          <p className="tour-caption card" role="status" aria-live="polite">
            <span className="muted">
              Stop {tour.stop + 1} of {TOUR.length}
            </span>
            {tour.caption ?? 'Walking to the next stop…'}
          </p>
          <button onClick={stopTour}>Stop the tour</button>
        </>
      ) : (
        <button className="primary" onClick={startTour}>
          Take the tour
        </button>
      )}
    </div>
  )
}
