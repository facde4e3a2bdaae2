/**
 * The rep's console: the showroom in 3D (their own avatar in it, put beside the visitor they
 * accept) beside a column with availability, the live queue with alerts, the conversation, and
 * tickets. With the 3D view hidden, the desk takes the whole width.
 */
import { useState } from 'react'
import type { StaffAccount } from '../net/staffApi'
import { hasWebGL } from '../ui/webgl'
import { StaffHeader } from './StaffHeader'
import { RepDesk } from './RepDesk'
import { RepView } from './RepView'
import { useArrivalAlert } from './useArrivalAlert'
import { useAutoAway } from './useAutoAway'
import { useShowView } from './useShowView'
import { useStaffConnection } from './useStaffConnection'

export interface RepConsoleProps {
  account: StaffAccount
  onSignOut: () => void
}

export function RepConsole({ account, onSignOut }: RepConsoleProps) {
  useStaffConnection()
  useAutoAway()
  useArrivalAlert()
  const [webgl] = useState(hasWebGL)
  const [showView, toggleView] = useShowView()
  return (
    <div className={`staff rep-console${webgl && showView ? ' with-view' : ''}`}>
      <StaffHeader account={account} onSignOut={onSignOut} />
      <div className="rep-layout">
        <RepView webgl={webgl} shown={showView} onToggle={toggleView} />
        <div className="rep-side">
          <RepDesk />
        </div>
      </div>
    </div>
  )
}
