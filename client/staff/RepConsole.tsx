/**
 * The rep's console: availability, the live queue with alerts, the conversation with the visitor
 * they accepted (their avatar already stands beside the visitor in the showroom), and tickets.
 */
import { useEffect, useRef } from 'react'
import { connect } from '../net/connection'
import { sendStatus } from '../net/send'
import { staffSession, type StaffAccount } from '../net/staffApi'
import { staffActions, useStaff } from '../net/staffStore'
import { useShowroom } from '../net/store'
import { chime } from './alert'
import { Announce } from './Announce'
import { ConversationPanel } from './ConversationPanel'
import { QueueList } from './QueueList'
import { TicketList } from './TicketList'
import { useAutoAway } from './useAutoAway'

export interface RepConsoleProps {
  account: StaffAccount
  onSignOut: () => void
}

export function RepConsole({ account, onSignOut }: RepConsoleProps) {
  const status = useShowroom((s) => s.status)
  const availability = useStaff((s) => s.availability)
  const conversation = useStaff((s) => s.conversation)
  const arrivals = useStaff((s) => s.newArrivals)
  const shownArrivals = useRef(0)
  useAutoAway()

  useEffect(() => {
    connect({ staffToken: staffSession.token() ?? undefined }).catch(() => undefined)
  }, [])

  useEffect(() => {
    if (arrivals > shownArrivals.current && availability === 'available') {
      chime()
      document.title = '● New visitor waiting — StormPeak staff'
    }
    shownArrivals.current = arrivals
  }, [arrivals, availability])

  const setAvailability = (state: 'available' | 'away') => {
    staffActions.setAvailability(state)
    sendStatus(state)
    document.title = 'StormPeak staff'
  }
  const busy = !!conversation && !conversation.ended

  return (
    <div className="staff">
      <header className="staff-header">
        <span className="brand">StormPeak staff</span>
        <span className="muted">
          {account.name} · {account.role}
        </span>
        <span className={`pill ${status === 'online' ? 'ok' : 'warn'}`}>{status}</span>
        <div className="availability" role="radiogroup" aria-label="Your availability">
          {(['available', 'away'] as const).map((s) => (
            <button
              key={s}
              role="radio"
              aria-checked={availability === s}
              className={availability === s ? 'primary' : ''}
              disabled={status !== 'online'}
              onClick={() => setAvailability(s)}
            >
              {s === 'available' ? 'Available' : 'Away'}
            </button>
          ))}
        </div>
        <button onClick={onSignOut}>Sign out</button>
      </header>
      <div className="staff-grid">
        <div>
          {conversation ? (
            <ConversationPanel conversation={conversation} />
          ) : (
            <QueueList busy={busy || status !== 'online'} />
          )}
          <Announce disabled={status !== 'online'} />
        </div>
        <TicketList />
      </div>
    </div>
  )
}
