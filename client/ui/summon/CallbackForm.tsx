/**
 * When nobody could come (or the wait is long): leave a message or ask for a call-back. Details
 * are kept only with consent; the server saves the ticket before it confirms.
 */
import { useState, type FormEvent } from 'react'
import { sendLeaveMessage } from '../../net/send'
import { summonActions, useSummon, type OfferReason } from '../../net/summonStore'
import { SummonError } from './SummonError'

const WHY: Record<OfferReason, string> = {
  'no-rep-available': 'Nobody from StormPeak is on hand right now.',
  'long-wait': 'Everyone is busy: the wait is longer than usual.',
  missed: 'Sorry, nobody could come in time.',
  'rep-left': 'Your StormPeak contact had to leave.',
}

export function CallbackForm({ defaultName }: { defaultName?: string }) {
  const { phase, offerReason, offerWhileWaiting, requestId, saved, error } = useSummon()
  const [kind, setKind] = useState<'message' | 'callback'>('callback')
  const [name, setName] = useState(defaultName ?? '')
  const [email, setEmail] = useState('')
  const [phone, setPhone] = useState('')
  const [text, setText] = useState('')
  const [consent, setConsent] = useState(false)
  // Sent and not yet answered: one ticket at a time (a refusal lets the visitor try again).
  const [sent, setSent] = useState(false)
  const pending = sent && !error

  if (phase === 'saved' && saved) {
    const due = new Date(saved.dueAt).toLocaleString([], {
      dateStyle: 'medium',
      timeStyle: 'short',
    })
    return (
      <section className="summon card" aria-label="Saved" aria-live="polite">
        <h2>{saved.kind === 'callback' ? 'We will call you back' : 'Message saved'}</h2>
        <p className="muted">We will answer by {due}.</p>
        <button onClick={summonActions.dismiss}>Close</button>
      </section>
    )
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    summonActions.clearError()
    const ok = sendLeaveMessage({
      kind,
      name: name.trim(),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      text,
      consent: true,
      ...(requestId ? { requestId } : {}),
    })
    setSent(ok)
  }
  const ready = name.trim() && (email.trim() || phone.trim()) && text.trim() && consent
  return (
    <form className="summon card callback" aria-label="Leave a message" onSubmit={submit}>
      <h2>{offerReason ? WHY[offerReason] : 'Leave us a message'}</h2>
      <div className="row" role="radiogroup" aria-label="What would you like?">
        <label>
          <input
            type="radio"
            name="kind"
            checked={kind === 'callback'}
            onChange={() => setKind('callback')}
          />{' '}
          Call me back
        </label>
        <label>
          <input
            type="radio"
            name="kind"
            checked={kind === 'message'}
            onChange={() => setKind('message')}
          />{' '}
          Leave a message
        </label>
      </div>
      <input
        aria-label="Your name"
        placeholder="Your name"
        value={name}
        maxLength={32}
        onChange={(e) => setName(e.target.value)}
      />
      <input
        aria-label="Email"
        type="email"
        placeholder="Email"
        value={email}
        maxLength={200}
        onChange={(e) => setEmail(e.target.value)}
      />
      <input
        aria-label="Phone"
        type="tel"
        placeholder="Phone"
        value={phone}
        maxLength={24}
        onChange={(e) => setPhone(e.target.value)}
      />
      <p className="muted hint">Email or phone: one is enough.</p>
      <textarea
        aria-label="Your message"
        placeholder="What can we help with?"
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <label className="consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />{' '}
        StormPeak may keep these details to answer me.
      </label>
      <SummonError />
      <div className="row">
        <button
          type="button"
          onClick={offerWhileWaiting ? summonActions.keepWaiting : summonActions.dismiss}
        >
          {offerWhileWaiting ? 'Keep waiting' : 'No thanks'}
        </button>
        <button type="submit" className="primary" disabled={!ready || pending}>
          {pending ? 'Sending…' : kind === 'callback' ? 'Call me back' : 'Send message'}
        </button>
      </div>
    </form>
  )
}
