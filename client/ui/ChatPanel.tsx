/**
 * Chat: what people nearby say, staff announcements, and private lines. Text is shown as text
 * (React escapes it), never as HTML.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { CHAT_MAX_CHARS } from '../../shared/protocolNames'
import { sendChat } from '../net/send'
import { useShowroom } from '../net/store'
import { CharsLeft } from './CharsLeft'

const LABEL = { nearby: '', room: 'Announcement', private: 'Private' } as const
/** A refusal this soon after sending is about the line just sent (the server answers in ms). */
const GIVE_BACK_MS = 5000

export function ChatPanel() {
  const lines = useShowroom((s) => s.chat)
  const me = useShowroom((s) => s.me?.sessionId)
  const [text, setText] = useState('')
  const list = useRef<HTMLOListElement>(null)
  const lastSent = useRef({ text: '', at: -Infinity })
  const refused = useShowroom((s) => s.notices.findLast((n) => n.type === 'chat'))

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight })
  }, [lines])

  // Too fast (or refused): the server's notice says why; give the line just sent back.
  useEffect(() => {
    const { text: line, at } = lastSent.current
    if (refused && performance.now() - at < GIVE_BACK_MS) setText((t) => t || line)
  }, [refused])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!text.trim() || !sendChat(text)) return
    lastSent.current = { text, at: performance.now() }
    setText('')
  }

  return (
    <section className="chat card" aria-label="Chat">
      <ol ref={list} className="chat-lines" aria-live="polite">
        {lines.length === 0 && <li className="muted">People near you hear what you say.</li>}
        {lines.map((l, i) => (
          <li key={`${l.at}-${i}`} className={`chat-line ${l.channel}`}>
            {LABEL[l.channel] && <span className="tag">{LABEL[l.channel]}</span>}
            <strong>{l.from === me ? 'You' : l.name}</strong> <span>{l.text}</span>
          </li>
        ))}
      </ol>
      <form onSubmit={submit} className="chat-form">
        <input
          aria-label="Message"
          value={text}
          maxLength={CHAT_MAX_CHARS}
          onChange={(e) => setText(e.target.value)}
          placeholder="Say something to people nearby"
        />
        <button type="submit" disabled={!text.trim()}>
          Send
        </button>
      </form>
      <CharsLeft text={text} />
    </section>
  )
}
