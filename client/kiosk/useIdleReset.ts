/**
 * Nobody has touched the screen for a while: the person has walked away, so the kiosk resets.
 * `?idle=<seconds>` overrides the default.
 */
import { useEffect } from 'react'
import { useKiosk } from './kioskStore'
import { resetKiosk } from './resetKiosk'

const DEFAULT_IDLE_S = 90

export function useIdleReset(): void {
  useEffect(() => {
    const s = Number(new URLSearchParams(location.search).get('idle'))
    const limit = (Number.isFinite(s) && s > 0 ? s : DEFAULT_IDLE_S) * 1000
    let last = Date.now()
    const touch = () => (last = Date.now())
    const timer = setInterval(() => {
      if (useKiosk.getState().phase === 'active' && Date.now() - last > limit) {
        last = Date.now()
        void resetKiosk()
      }
    }, 1000)
    const events = ['pointerdown', 'keydown'] as const
    for (const e of events) window.addEventListener(e, touch, { passive: true })
    return () => {
      clearInterval(timer)
      for (const e of events) window.removeEventListener(e, touch)
    }
  }, [])
}
