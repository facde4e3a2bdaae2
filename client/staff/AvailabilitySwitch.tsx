/** Available or away: what the queue counts. Disabled until the showroom connection is up. */
import { sendStatus } from '../net/send'
import { staffActions, useStaff } from '../net/staffStore'
import { useShowroom } from '../net/store'
import { STAFF_TITLE } from './useArrivalAlert'

const STATES = ['available', 'away'] as const

export function AvailabilitySwitch() {
  const status = useShowroom((s) => s.status)
  const availability = useStaff((s) => s.availability)
  const set = (state: (typeof STATES)[number]) => {
    staffActions.setAvailability(state)
    sendStatus(state)
    document.title = STAFF_TITLE
  }
  return (
    <div className="availability" role="radiogroup" aria-label="Your availability">
      {STATES.map((s) => (
        <button
          key={s}
          role="radio"
          aria-checked={availability === s}
          className={availability === s ? 'primary' : ''}
          disabled={status !== 'online'}
          onClick={() => set(s)}
        >
          {s === 'available' ? 'Available' : 'Away'}
        </button>
      ))}
    </div>
  )
}
