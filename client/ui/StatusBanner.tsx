/** Says when we are not (yet) connected, and why. */
import { useShowroom } from '../net/store'

export function StatusBanner() {
  const status = useShowroom((s) => s.status)
  const text = useShowroom((s) => s.statusText)
  if (status === 'online' || status === 'idle') return null
  const message =
    status === 'connecting' ? 'Connecting to the showroom…' : (text ?? 'You are offline.')
  return (
    <div className={`status-banner ${status}`} role="alert">
      {message}
    </div>
  )
}
