/**
 * A rep whose tab is hidden, or who has not touched it for a while, is set to away, so the queue
 * never counts someone who is not there. `?awayAfter=<seconds>` overrides the default.
 */
import { useEffect } from 'react'
import { sendStatus } from '../net/send'
import { staffActions, useStaff } from '../net/staffStore'

const DEFAULT_AWAY_AFTER_S = 5 * 60

function awayAfterMs(): number {
  const s = Number(new URLSearchParams(location.search).get('awayAfter'))
  return (Number.isFinite(s) && s > 0 ? s : DEFAULT_AWAY_AFTER_S) * 1000
}

export function useAutoAway(): void {
  useEffect(() => {
    const limit = awayAfterMs()
    let lastSeen = Date.now()
    let hiddenSince: number | null = document.hidden ? Date.now() : null
    const touch = () => (lastSeen = Date.now())
    const visibility = () => (hiddenSince = document.hidden ? Date.now() : null)
    const check = setInterval(() => {
      if (useStaff.getState().availability !== 'available') return
      if (useStaff.getState().conversation && !useStaff.getState().conversation?.ended) return
      const idle = Date.now() - lastSeen > limit
      const hidden = hiddenSince !== null && Date.now() - hiddenSince > limit
      if (idle || hidden) {
        staffActions.setAvailability('away')
        sendStatus('away')
      }
    }, 1000)
    const events = ['pointerdown', 'keydown', 'pointermove'] as const
    for (const e of events) window.addEventListener(e, touch, { passive: true })
    document.addEventListener('visibilitychange', visibility)
    return () => {
      clearInterval(check)
      for (const e of events) window.removeEventListener(e, touch)
      document.removeEventListener('visibilitychange', visibility)
    }
  }, [])
}
