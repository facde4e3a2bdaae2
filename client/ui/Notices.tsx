/** Short-lived notices for what the server refused (too fast, not allowed…). */
import { useShowroom } from '../net/store'

export function Notices() {
  const notices = useShowroom((s) => s.notices)
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice card">
          {n.message}
        </p>
      ))}
    </div>
  )
}
