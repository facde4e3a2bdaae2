/** The visitor's front door: a name prompt (skipped with ?name=), then the showroom. */
import { Suspense, lazy, useEffect, useState } from 'react'
import { connect, redeemHandover } from '../net/connection'
import { loadCards } from '../net/content'
import { useShowroom } from '../net/store'
import { ChatPanel } from './ChatPanel'
import { Hud } from './Hud'
import { NamePrompt, type Entry } from './NamePrompt'
import { Notices } from './Notices'
import { PlainShowroom } from './PlainShowroom'
import { StationCardPanel } from './StationCardPanel'
import { StatusBanner } from './StatusBanner'
import { SummonPanel } from './summon/SummonPanel'
import { TalkButton } from './summon/TalkButton'
import { TouchStick } from './TouchStick'
import { TourControls } from './TourControls'
import { usePrefersReducedMotion } from './usePrefersReducedMotion'
import { hasWebGL } from './webgl'

const ShowroomScene = lazy(() => import('../scene/ShowroomScene'))

function nameFromUrl(): string | undefined {
  const name = new URLSearchParams(location.search).get('name')?.trim()
  return name ? name.slice(0, 32) : undefined
}

const coarsePointer = () => matchMedia('(pointer: coarse)').matches

export function VisitorApp() {
  const urlName = nameFromUrl()
  const [entry, setEntry] = useState<Entry | undefined>(urlName ? { name: urlName } : undefined)
  const [webgl] = useState(hasWebGL)
  const status = useShowroom((s) => s.status)
  const reducedMotion = usePrefersReducedMotion()

  useEffect(() => {
    loadCards().catch((err: Error) =>
      useShowroom.setState({ statusText: err.message, status: 'offline' }),
    )
  }, [])

  useEffect(() => {
    if (!entry) return
    redeemHandover()
      .catch(() => undefined)
      .then(() => connect(entry))
      .catch(() => undefined) // the store carries the reason; the banner shows it
  }, [entry])

  if (!entry) return <NamePrompt onEnter={setEntry} />
  if (!webgl) {
    return (
      <PlainShowroom>
        {status === 'online' && <TalkButton />}
        <SummonPanel name={entry.name} />
        <Notices />
      </PlainShowroom>
    )
  }
  return (
    <div className="app">
      <Suspense fallback={<div className="veil">Opening the showroom…</div>}>
        <ShowroomScene reducedMotion={reducedMotion} />
      </Suspense>
      <Hud />
      {status === 'online' && (
        <>
          <ChatPanel />
          <StationCardPanel />
          <TourControls />
          <SummonPanel name={entry.name} />
          {coarsePointer() && <TouchStick />}
        </>
      )}
      <StatusBanner />
      <Notices />
    </div>
  )
}
