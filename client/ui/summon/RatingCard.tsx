/** After the conversation: 1–5 and a comment, once; then thanks. */
import { useState, type FormEvent } from 'react'
import { sendRate } from '../../net/send'
import { summonActions, useSummon } from '../../net/summonStore'
import { SummonError } from './SummonError'

const SCORES = [1, 2, 3, 4, 5] as const

export function RatingCard() {
  const { phase, handoffId, rep, score: saved, error } = useSummon()
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  // Sent and not yet answered: one rating at a time (a refusal lets the visitor try again).
  const [sent, setSent] = useState(false)
  const pending = sent && !error
  if (phase === 'rated') {
    return (
      <section className="summon card" aria-label="Thank you" aria-live="polite">
        <h2>Thank you!</h2>
        <p className="muted">Your {saved}-star rating is saved. It helps us look after visitors.</p>
        <button onClick={summonActions.dismiss}>Close</button>
      </section>
    )
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!handoffId || !score) return
    summonActions.clearError()
    setSent(sendRate(handoffId, score, comment.trim() || undefined))
  }
  return (
    <form className="summon card" aria-label="Rate the conversation" onSubmit={submit}>
      <h2>How did {rep?.name ?? 'we'} do?</h2>
      <div className="stars" role="radiogroup" aria-label="Your rating">
        {SCORES.map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={score === n}
            aria-label={`${n} star${n > 1 ? 's' : ''}`}
            className={n <= score ? 'star on' : 'star'}
            onClick={() => setScore(n)}
          >
            ★
          </button>
        ))}
      </div>
      <textarea
        aria-label="Comment (optional)"
        placeholder="Anything you'd like to add? (optional)"
        maxLength={1000}
        rows={2}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <SummonError />
      <div className="row">
        <button type="button" onClick={summonActions.dismiss}>
          Skip
        </button>
        <button type="submit" className="primary" disabled={!score || pending}>
          {pending ? 'Sending…' : 'Send rating'}
        </button>
      </div>
    </form>
  )
}
