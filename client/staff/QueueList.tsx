/** The live queue: who waits, where, for how long (ticking), their priority; accept one. */
import { useEffect, useState } from 'react'
import { useStaff } from '../net/staffStore'
import { QueueRow } from './QueueRow'
import './visitor.css'

/** The waits tick once a second; nothing else in the row changes between messages. */
const TICK_MS = 1000

export function QueueList({ busy }: { busy: boolean }) {
  const requests = useStaff((s) => s.requests)
  const at = useStaff((s) => s.requestsAt)
  const [now, setNow] = useState(() => performance.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), TICK_MS)
    return () => clearInterval(timer)
  }, [])
  const newest = requests.reduce<(typeof requests)[number] | undefined>(
    (a, r) => (!a || r.waitingMs < a.waitingMs ? r : a),
    undefined,
  )
  return (
    <section className="staff-panel card" aria-label="Waiting visitors">
      <h2>Waiting visitors ({requests.length})</h2>
      <p className="visually-hidden" aria-live="polite">
        {newest && `${requests.length} waiting; newest: ${newest.visitorName}`}
      </p>
      {requests.length === 0 && <p className="muted">Nobody is waiting.</p>}
      <ol className="queue">
        {requests.map((r) => (
          <QueueRow key={r.requestId} entry={r} sinceMs={Math.max(0, now - at)} disabled={busy} />
        ))}
      </ol>
    </section>
  )
}
