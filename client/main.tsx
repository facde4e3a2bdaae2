/** Entry: picks the front door from the path. Staff and kiosk code load only when needed. */
import { StrictMode, Suspense, lazy } from 'react'
import { createRoot } from 'react-dom/client'
import './ui/styles.css'
import { VisitorApp } from './ui/VisitorApp'

const StaffApp = lazy(() => import('./staff/StaffApp'))
const KioskApp = lazy(() => import('./kiosk/KioskApp'))

function FrontDoor() {
  const path = location.pathname.replace(/\/+$/, '')
  if (path === '/staff') return <StaffApp />
  if (path === '/kiosk') return <KioskApp />
  return <VisitorApp />
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={<div className="veil">Loading…</div>}>
      <FrontDoor />
    </Suspense>
  </StrictMode>,
)
