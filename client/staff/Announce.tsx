/**
 * A room-wide announcement ("A live Ridge demo starts at 3 pm"): the chat's `room` channel, which
 * only staff may use. Visitors see it in their chat tagged *Announcement*, wherever they stand.
 * What it shows back comes from the server: the echoed line, or why it was refused.
 */
import { useState, type FormEvent } from 'react'
import { CHAT_MAX_CHARS } from '../../shared/protocolNames'
import { sendChat } from '../net/send'
import { useShowroom } from '../net/store'
import { CharsLeft } from '../ui/CharsLeft'

export function Announce({ disabled }: { disabled: boolean }) {
  const [text, setText] = useState('')
  const me = useShowroom((s) => s.me?.sessionId)
  const last = useShowroom((s) => s.chat.findLast((l) => l.channel === 'room' && l.from === me))
  const refused = useShowroom((s) => s.notices.findLast((n) => n.type === 'chat'))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (text.trim() && sendChat(text.trim(), 'room')) setText('')
  }
  return (
    <form className="staff-panel card" aria-label="Announcement" onSubmit={submit}>
      <h2>Announce to everyone in the showroom</h2>
      <div className="chat-form">
        <input
          aria-label="Announcement to everyone in the showroom"
          value={text}
          maxLength={CHAT_MAX_CHARS}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. A live Ridge demo starts at 3 pm"
          disabled={disabled}
        />
        <button type="submit" className="primary" disabled={disabled || !text.trim()}>
          Announce
        </button>
      </div>
      <CharsLeft text={text} />
      <p className="muted announce-status" role="status">
        {refused ? refused.message : last ? `Announced: “${last.text}”` : ''}
      </p>
    </form>
  )
}
