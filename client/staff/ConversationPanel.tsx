/**
 * The conversation with the visitor the rep accepted: who they are (profile), private lines (the
 * transcript), canned replies, notes, a lead form, and ending it with an outcome.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { CHAT_MAX_CHARS } from '../../shared/protocolNames'
import { sendChat, sendEndHandoff } from '../net/send'
import { staffActions, useStaff, type StaffConversation } from '../net/staffStore'
import { useShowroom } from '../net/store'
import { RepLeadForm } from './RepLeadForm'
import { VisitorProfileCard } from './VisitorProfileCard'
import { OUTCOMES } from './visitorFacts'
import './visitor.css'

const CANNED = [
  'Hello! I am here beside you. What would you like to see?',
  'Would you like me to send you a quote?',
  'Shall I book a call with an engineer?',
]

export function ConversationPanel({ conversation }: { conversation: StaffConversation }) {
  const me = useShowroom((s) => s.me?.sessionId)
  const profile = useStaff((s) => s.profile)
  const [text, setText] = useState('')
  const [notes, setNotes] = useState('')
  const [outcome, setOutcome] = useState<string>('answered')
  const list = useRef<HTMLOListElement>(null)
  const { visitor, lines, ended, handoffId, visitorId, entry } = conversation
  const ready = profile?.status === 'ready' ? profile.profile : undefined
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight })
  }, [lines])
  const say = (line: string) => {
    if (line.trim() && sendChat(line, undefined, visitor.sessionId)) setText('')
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    say(text)
  }
  return (
    <section
      className="staff-panel card conversation"
      aria-label={`Conversation with ${visitor.name}`}
    >
      <h2>
        {ended ? 'Ended: ' : 'Talking with '}
        {visitor.name}
      </h2>
      <VisitorProfileCard
        visitorId={visitorId}
        profile={profile}
        entry={entry}
        handoffId={handoffId}
      />
      <ol ref={list} className="summon-lines" aria-live="polite">
        {lines.map((l, i) => (
          <li key={`${l.at}-${i}`} className={l.from === me ? 'mine' : 'theirs'}>
            <strong>{l.from === me ? 'You' : l.name}</strong> <span>{l.text}</span>
          </li>
        ))}
      </ol>
      {!ended && (
        <>
          <div className="canned" aria-label="Canned replies">
            {CANNED.map((c) => (
              <button key={c} type="button" onClick={() => say(c)}>
                {c}
              </button>
            ))}
          </div>
          <form onSubmit={submit} className="chat-form">
            <input
              aria-label={`Message to ${visitor.name}`}
              value={text}
              maxLength={CHAT_MAX_CHARS}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="primary" disabled={!text.trim()}>
              Send
            </button>
          </form>
          <label>
            Notes (private to staff)
            <textarea
              rows={3}
              maxLength={4000}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
          </label>
          <div className="row">
            <label>
              Outcome{' '}
              <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
                {OUTCOMES.map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button
              className="primary"
              onClick={() => sendEndHandoff(handoffId, outcome, notes.trim() || undefined)}
            >
              End conversation
            </button>
          </div>
        </>
      )}
      {visitorId && (
        <RepLeadForm
          key={handoffId}
          visitorId={visitorId}
          visitorName={visitor.name}
          profile={ready}
          entry={entry}
        />
      )}
      {ended && <button onClick={staffActions.closeConversation}>Back to the queue</button>}
    </section>
  )
}
