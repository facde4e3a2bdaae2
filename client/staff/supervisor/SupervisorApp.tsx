/**
 * The supervisor's front door, its own lazy chunk: reps never download the dashboard or its
 * charting library (recharts). StaffApp loads it once the signed-in account is a supervisor.
 */
import type { StaffAccount } from '../../net/staffApi'
import { SupervisorDashboard } from './SupervisorDashboard'
import './supervisor.css'

export interface SupervisorAppProps {
  account: StaffAccount
  onSignOut: () => void
}

export default function SupervisorApp(props: SupervisorAppProps) {
  return <SupervisorDashboard {...props} />
}
