/**
 * The kiosk at /kiosk?token=…: a trade-show touch screen that runs all day unattended. It attracts
 * people, lets them tour, talk to a remote rep, leave their details or continue on their phone,
 * and forgets them when they leave. Lazy-loaded: not in the visitor's first load.
 */
import { Suspense, lazy, useEffect, useState } from 'react'
import { loadCards } from '../net/content'
import { useShowroom } from '../net/store'
import { openCardOf, useView } from '../scene/viewStore'
import { Notices } from '../ui/Notices'
import { StationCardPanel } from '../ui/StationCardPanel'
import { StatusBanner } from '../ui/StatusBanner'
import { SummonPanel } from '../ui/summon/SummonPanel'
import { TalkButton } from '../ui/summon/TalkButton'
import { AttractLoop } from './AttractLoop'
import { keepKioskOnline } from './kioskLink'
import { kioskActions, useKiosk } from './kioskStore'
import { LeadForm } from './LeadForm'
import { startOutbox } from './leadOutbox'
import { PhoneHandover } from './PhoneHandover'
import { KIOSK_TOKEN_KEY, resetKiosk } from './resetKiosk'
import { useIdleReset } from './useIdleReset'
import './kiosk.css'

const ShowroomScene = lazy(() => import('../scene/ShowroomScene'))

/** The token comes in the URL once; the screen keeps it (it is the kiosk's, not a person's). */
function kioskToken(): string | null {
  const fromUrl = new URLSearchParams(location.search).get('token')
  if (fromUrl) localStorage.setItem(KIOSK_TOKEN_KEY, fromUrl)
  return fromUrl ?? localStorage.getItem(KIOSK_TOKEN_KEY)
}

export default function KioskApp() {
  const [token] = useState(kioskToken)
  const phase = useKiosk((s) => s.phase)
  const panel = useKiosk((s) => s.panel)
  const status = useShowroom((s) => s.status)
  const statusText = useShowroom((s) => s.statusText)
  const openCard = useView(openCardOf)
  useIdleReset()

  useEffect(() => {
    if (!token) return
    let stopped = false
    void loadCards().catch(() => undefined)
    void keepKioskOnline(token, () => stopped)
    const stopOutbox = startOutbox(token)
    return () => {
      stopped = true
      stopOutbox()
    }
  }, [token])
  useEffect(() => {
    if (openCard) kioskActions.visited(openCard)
  }, [openCard])

  if (!token || status === 'refused') {
    return (
      <main className="panel-page kiosk-app">
        <h1>This screen is not registered</h1>
        <p>{statusText ?? 'Ask a StormPeak supervisor for this kiosk’s link.'}</p>
      </main>
    )
  }
  return (
    <div className="app kiosk-app">
      <Suspense fallback={<div className="veil">Opening the showroom…</div>}>
        <ShowroomScene reducedMotion={false} />
      </Suspense>
      {phase === 'attract' ? (
        <AttractLoop />
      ) : (
        <>
          <StationCardPanel />
          <SummonPanel />
          {panel === 'lead' && <LeadForm kioskToken={token} />}
          {panel === 'phone' && <PhoneHandover kioskToken={token} />}
          <nav className="kiosk-bar" aria-label="Kiosk">
            {status === 'online' && <TalkButton />}
            <button onClick={() => kioskActions.open('lead')}>Leave your details</button>
            <button onClick={() => kioskActions.open('phone')} disabled={status !== 'online'}>
              Continue on your phone
            </button>
            <button onClick={() => void resetKiosk()}>Done</button>
          </nav>
        </>
      )}
      <StatusBanner />
      <Notices />
    </div>
  )
}
