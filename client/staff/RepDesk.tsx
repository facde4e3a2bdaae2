/**
 * The rep's desk, shared by the rep console and the supervisor's Queue tab: the live queue (or
 * the conversation with the visitor accepted), room announcements, and tickets.
 */
import { useStaff } from '../net/staffStore'
import { useShowroom } from '../net/store'
import { Announce } from './Announce'
import { ConversationPanel } from './ConversationPanel'
import { QueueList } from './QueueList'
import { TicketList } from './TicketList'

export function RepDesk() {
  const status = useShowroom((s) => s.status)
  const conversation = useStaff((s) => s.conversation)
  const busy = !!conversation && !conversation.ended
  return (
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
  )
}
