/** The private conversation with the rep who came: only the two of them see these lines. */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { CHAT_MAX_CHARS } from '../../../shared/protocolNames'
import { sendChat } from '../../net/send'
import { useShowroom } from '../../net/store'
import { useSummon } from '../../net/summonStore'

export function ConversationCard() {
  const rep = useSummon((s) => s.rep)
  const lines = useSummon((s) => s.lines)
  // Their old session is gone: a line sent now would reach nobody, so sending waits for them.
  const reconnecting = useSummon((s) => s.repReconnecting === true)
  const me = useShowroom((s) => s.me?.sessionId)
  const [text, setText] = useState('')
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => {
    // In braces: scrollTo returns a promise in recent browsers, which React would take for a cleanup.
    list.current?.scrollTo({ top: list.current.scrollHeight })
  }, [lines])
  if (!rep) return null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (text.trim() && !reconnecting && sendChat(text, undefined, rep.sessionId)) setText('')
  }
  return (
    <section className="summon card" aria-label={`Conversation with ${rep.name}`}>
      <h2>{rep.name} is here beside you</h2>
      <p className="muted">A private conversation: only you and {rep.name} see it.</p>
      {reconnecting && (
        <p className="summon-reconnecting" role="status">
          Your rep is reconnecting…
        </p>
      )}
      <ol ref={list} className="summon-lines" aria-live="polite">
        {lines.map((l, i) => (
          <li key={`${l.at}-${i}`} className={l.from === me ? 'mine' : 'theirs'}>
            <strong>{l.from === me ? 'You' : l.name}</strong> <span>{l.text}</span>
          </li>
        ))}
      </ol>
      <form onSubmit={submit} className="chat-form">
        <input
          aria-label={`Message to ${rep.name}`}
          value={text}
          maxLength={CHAT_MAX_CHARS}
          onChange={(e) => setText(e.target.value)}
          placeholder={`Ask ${rep.name} anything`}
          enterKeyHint="send" // an on-screen keyboard (phone, kiosk) shows Send on its Enter key
          autoComplete="off"
        />
        <button type="submit" className="primary" disabled={!text.trim() || reconnecting}>
          Send
        </button>
      </form>
    </section>
  )
}
