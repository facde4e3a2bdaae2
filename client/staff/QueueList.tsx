/** The live queue: who waits, where, for how long (ticking), their priority; accept one. */
import { useEffect, useState } from 'react'
import { STATIONS } from '../../shared/showroom'
import { sendAccept } from '../net/send'
import { useStaff } from '../net/staffStore'

const stationName = (id: string | null) =>
  id ? (STATIONS.find((s) => s.id === id)?.name ?? id) : 'the lobby'

function waited(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`
}

export function QueueList({ busy }: { busy: boolean }) {
  const requests = useStaff((s) => s.requests)
  const at = useStaff((s) => s.requestsAt)
  const [now, setNow] = useState(() => performance.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <section className="staff-panel card" aria-label="Waiting visitors">
      <h2>Waiting visitors ({requests.length})</h2>
      {requests.length === 0 && <p className="muted">Nobody is waiting.</p>}
      <ol className="queue">
        {requests.map((r) => (
          <li key={r.requestId} className="queue-entry">
            <div>
              <strong>{r.visitorName}</strong>
              {r.channel === 'kiosk' && <span className="pill kiosk">kiosk</span>}
              <p className="muted">
                at {stationName(r.stationId)} · waiting{' '}
                <span className="wait">{waited(r.waitingMs + (now - at))}</span> · priority{' '}
                {r.priority}
              </p>
            </div>
            <button
              className="primary"
              disabled={busy}
              onClick={() => sendAccept(r.requestId)}
              aria-label={`Accept ${r.visitorName}`}
            >
              Accept
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
