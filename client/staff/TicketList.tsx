/** Messages and call-back requests left when nobody could come: due times counting down, reply, resolve. */
import { useCallback, useEffect, useState } from 'react'
import { listTickets, replyTicket, resolveTicket, type Ticket } from '../net/staffApi'

function due(at: string, now: number): string {
  const ms = Date.parse(at) - now
  const abs = Math.abs(ms)
  const h = Math.floor(abs / 3_600_000)
  const m = Math.floor((abs % 3_600_000) / 60_000)
  return ms >= 0 ? `due in ${h}h ${m}m` : `overdue by ${h}h ${m}m`
}

export function TicketList() {
  const [tickets, setTickets] = useState<Ticket[]>([])
  const [error, setError] = useState<string>()
  const [now, setNow] = useState(() => Date.now())
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const refresh = useCallback(() => {
    listTickets().then(setTickets, (e: Error) => setError(e.message))
  }, [])
  useEffect(() => {
    refresh()
    const poll = setInterval(refresh, 15_000)
    const tick = setInterval(() => setNow(Date.now()), 30_000)
    return () => {
      clearInterval(poll)
      clearInterval(tick)
    }
  }, [refresh])
  const act = (p: Promise<unknown>) => p.then(refresh, (e: Error) => setError(e.message))
  return (
    <section className="staff-panel card" aria-label="Messages and call-backs">
      <h2>Messages and call-backs ({tickets.length})</h2>
      {error && <p role="alert">{error}</p>}
      {tickets.length === 0 && <p className="muted">Nothing waiting for an answer.</p>}
      <ul className="tickets">
        {tickets.map((t) => (
          <li key={t.id} className={Date.parse(t.dueAt) < now ? 'ticket overdue' : 'ticket'}>
            <p>
              <strong>{t.name}</strong> · {t.kind === 'callback' ? 'call back' : 'message'} ·{' '}
              <span>{due(t.dueAt, now)}</span>
            </p>
            <p className="muted">{[t.email, t.phone].filter(Boolean).join(' · ')}</p>
            <p>{t.text}</p>
            {t.replies.map((r) => (
              <p key={r.at} className="reply">
                ↳ {r.text}
              </p>
            ))}
            <div className="row">
              <input
                aria-label={`Reply to ${t.name}`}
                value={drafts[t.id] ?? ''}
                onChange={(e) => setDrafts({ ...drafts, [t.id]: e.target.value })}
              />
              <button
                disabled={!drafts[t.id]?.trim()}
                onClick={() => {
                  void act(replyTicket(t.id, drafts[t.id]))
                  setDrafts({ ...drafts, [t.id]: '' })
                }}
              >
                Reply
              </button>
              <button onClick={() => void act(resolveTicket(t.id))}>Resolve</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
