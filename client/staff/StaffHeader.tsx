/** The staff bar: who is signed in, the showroom connection, availability, sign out. */
import type { StaffAccount } from '../net/staffApi'
import { useShowroom } from '../net/store'
import { AvailabilitySwitch } from './AvailabilitySwitch'

export interface StaffHeaderProps {
  account: StaffAccount
  onSignOut: () => void
  /** The console's name in the brand badge. */
  title?: string
}

export function StaffHeader({ account, onSignOut, title = 'StormPeak staff' }: StaffHeaderProps) {
  const status = useShowroom((s) => s.status)
  return (
    <header className="staff-header">
      <span className="brand">{title}</span>
      <span className="muted">
        {account.name} · {account.role}
      </span>
      <span className={`pill ${status === 'online' ? 'ok' : 'warn'}`} title="Showroom connection">
        {status}
      </span>
      <AvailabilitySwitch />
      <button onClick={onSignOut}>Sign out</button>
    </header>
  )
}
