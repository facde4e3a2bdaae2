/** A new waiting visitor chimes and marks the tab title, but only for staff marked available. */
import { useEffect, useRef } from 'react'
import { useStaff } from '../net/staffStore'
import { chime } from './alert'

export const STAFF_TITLE = 'StormPeak staff'

export function useArrivalAlert(): void {
  const availability = useStaff((s) => s.availability)
  const arrivals = useStaff((s) => s.newArrivals)
  const shownArrivals = useRef(0)
  useEffect(() => {
    if (arrivals > shownArrivals.current && availability === 'available') {
      chime()
      document.title = `● New visitor waiting — ${STAFF_TITLE}`
    }
    shownArrivals.current = arrivals
  }, [arrivals, availability])
}
