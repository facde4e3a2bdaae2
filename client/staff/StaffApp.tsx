/**
 * The staff console at /staff (lazy: never in the visitor's first load): sign in, then work. A
 * supervisor gets the dashboard, its own lazy chunk (with the charts), so reps never download it.
 */
import { Suspense, lazy, useEffect, useState } from 'react'
import { me, staffSession, type StaffAccount } from '../net/staffApi'
import { RepConsole } from './RepConsole'
import { SignIn } from './SignIn'
import './staff.css'

const SupervisorApp = lazy(() => import('./supervisor/SupervisorApp'))

const signOut = () => {
  staffSession.signOut()
  location.reload()
}

export default function StaffApp() {
  const [account, setAccount] = useState<StaffAccount | null | undefined>(undefined)
  useEffect(() => {
    if (!staffSession.token()) return setAccount(null)
    me()
      .then(setAccount)
      .catch(() => {
        staffSession.signOut() // expired or revoked: sign in again
        setAccount(null)
      })
  }, [])
  if (account === undefined) return <div className="veil">Loading…</div>
  if (!account) return <SignIn onSignedIn={setAccount} />
  if (account.role === 'supervisor') {
    return (
      <Suspense fallback={<div className="veil">Loading the dashboard…</div>}>
        <SupervisorApp account={account} onSignOut={signOut} />
      </Suspense>
    )
  }
  return <RepConsole account={account} onSignOut={signOut} />
}
