/** The staff console at /staff (lazy: never in the visitor's first load): sign in, then work. */
import { useEffect, useState } from 'react'
import { me, staffSession, type StaffAccount } from '../net/staffApi'
import { RepConsole } from './RepConsole'
import { SignIn } from './SignIn'
import './staff.css'

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
  return (
    <RepConsole
      account={account}
      onSignOut={() => {
        staffSession.signOut()
        location.reload()
      }}
    />
  )
}
