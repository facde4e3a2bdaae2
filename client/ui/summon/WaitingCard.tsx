/** While the request waits: the place in the queue, the expected wait (counting down), cancel. */
import { useEffect, useState } from 'react'
import { sendCancelSummon } from '../../net/send'
import { summonActions, useSummon } from '../../net/summonStore'
import { SummonError } from './SummonError'

function expected(etaSeconds: number | null | undefined, since: number | undefined, now: number) {
  if (etaSeconds == null || since === undefined) return 'Finding someone for you…'
  const left = Math.max(0, Math.round(etaSeconds - (now - since) / 1000))
  if (left < 15) return 'Any moment now'
  const minutes = Math.round(left / 60)
  return minutes < 1 ? `About ${left} seconds` : `About ${minutes} min`
}

export function WaitingCard() {
  const { phase, position, etaSeconds, queuedAt } = useSummon()
  const [now, setNow] = useState(() => performance.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <section className="summon card" aria-label="Waiting for a person" aria-live="polite">
      <h2>{phase === 'sending' ? 'Asking for a person…' : 'A StormPeak person is coming'}</h2>
      {position !== undefined && (
        <p className="summon-place">
          <strong>{position === 1 ? 'You are next' : `Number ${position} in line`}</strong>
          <span className="muted"> · {expected(etaSeconds, queuedAt, now)}</span>
        </p>
      )}
      <p className="muted">Keep looking around: they will walk up to you.</p>
      <SummonError />
      <button
        onClick={() => {
          summonActions.clearError()
          sendCancelSummon()
        }}
        disabled={phase === 'sending'}
        aria-label="Cancel my request for a person"
      >
        Cancel
      </button>
    </section>
  )
}
