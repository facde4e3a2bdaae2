/**
 * One waiting visitor in the rep's queue: name, channel, returning badge, where they stand now,
 * which station they asked about, how long they have waited (ticking), priority, and a line of
 * history. A request that just arrived is marked New for a few seconds (the visible alert; the
 * chime is useArrivalAlert's).
 */
import { staffActions, type QueueEntry } from '../net/staffStore'
import { sendAccept } from '../net/send'
import { asksAbout, waited, whereNow } from './visitorFacts'

/** A request younger than this is marked New: long enough to be noticed from across the desk. */
export const NEW_REQUEST_MS = 10_000

export interface QueueRowProps {
  entry: QueueEntry
  /** Milliseconds since the `requests` message arrived: the wait ticks from the server's figure. */
  sinceMs: number
  disabled: boolean
}

export function QueueRow({ entry: r, sinceMs, disabled }: QueueRowProps) {
  const waitMs = r.waitingMs + sinceMs
  const fresh = waitMs < NEW_REQUEST_MS
  const about = asksAbout(r)
  const accept = () => {
    staffActions.accepting(r.requestId)
    sendAccept(r.requestId)
  }
  return (
    <li className={fresh ? 'queue-entry new' : 'queue-entry'}>
      <div className="queue-who">
        <p>
          <strong>{r.visitorName}</strong>
          {fresh && <span className="pill new">New</span>}
          <span className={`pill ${r.channel}`}>{r.channel === 'kiosk' ? 'kiosk' : 'web'}</span>
          {r.returning && <span className="pill returning">returning</span>}
        </p>
        <p className="muted">
          {whereNow(r)}
          {about && ` · ${about}`} · waiting <span className="wait">{waited(waitMs)}</span> ·
          priority {r.priority}
        </p>
        {r.history && <p className="queue-history">{r.history}</p>}
      </div>
      <button
        className="primary"
        disabled={disabled}
        onClick={accept}
        aria-label={`Accept ${r.visitorName}`}
      >
        Accept
      </button>
    </li>
  )
}
