/**
 * The supervisor's screen: the coverage line on top of every tab, then one tab per job: today's
 * numbers, the live floor, the reps' scoreboard, shifts, staff accounts, station content,
 * exports, and the rep's own desk (supervisors are staff and can take conversations too).
 */
import { useEffect, useState } from 'react'
import type { StaffAccount } from '../../net/staffApi'
import { useStaff } from '../../net/staffStore'
import { RepDesk } from '../RepDesk'
import { StaffHeader } from '../StaffHeader'
import { useArrivalAlert } from '../useArrivalAlert'
import { useAutoAway } from '../useAutoAway'
import { useStaffConnection } from '../useStaffConnection'
import { ContentEditor } from './ContentEditor'
import { CoverageBanner } from './CoverageBanner'
import { ExportsPanel } from './ExportsPanel'
import { FloorMap } from './FloorMap'
import { Scoreboard } from './Scoreboard'
import { ShiftsPanel } from './ShiftsPanel'
import { StaffAdmin } from './StaffAdmin'
import { getCoverage, listStaff } from './supervisorApi'
import { TabBar } from './TabBar'
import { TabPanel } from './TabPanel'
import { tabFromHash, type TabId } from './tabs'
import { TodayNumbers } from './TodayNumbers'
import { usePoll } from './usePoll'

/** Coverage is the alert on every tab: checked often. */
const COVERAGE_POLL_MS = 5000
/** Accounts change rarely, and every change made here refreshes at once. */
const STAFF_POLL_MS = 60_000

export interface SupervisorDashboardProps {
  account: StaffAccount
  onSignOut: () => void
}

function useTabInHash(): [TabId, (tab: TabId) => void] {
  const [tab, setTab] = useState(() => tabFromHash(location.hash))
  useEffect(() => {
    const onHash = () => setTab(tabFromHash(location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const select = (next: TabId) => {
    history.replaceState(null, '', `#${next}`)
    setTab(next)
  }
  return [tab, select]
}

export function SupervisorDashboard({ account, onSignOut }: SupervisorDashboardProps) {
  useStaffConnection()
  useAutoAway()
  useArrivalAlert()
  const [tab, setTab] = useTabInHash()
  const coverage = usePoll(getCoverage, COVERAGE_POLL_MS)
  const staff = usePoll(listStaff, STAFF_POLL_MS)
  const waiting = useStaff((s) => s.requests.length)
  const staffChanged = () => {
    staff.refresh()
    coverage.refresh()
  }

  return (
    <div className="staff sv">
      <StaffHeader account={account} onSignOut={onSignOut} title="StormPeak supervisor" />
      <CoverageBanner coverage={coverage.data} error={coverage.error} />
      <TabBar current={tab} onSelect={setTab} badges={{ queue: waiting, floor: waiting }} />
      <main className="sv-main">
        <TabPanel tab="today" current={tab}>
          <TodayNumbers />
        </TabPanel>
        <TabPanel tab="floor" current={tab}>
          <FloorMap />
        </TabPanel>
        <TabPanel tab="reps" current={tab}>
          <Scoreboard />
        </TabPanel>
        <TabPanel tab="shifts" current={tab}>
          <ShiftsPanel staff={staff.data ?? []} onCoverageChanged={coverage.refresh} />
        </TabPanel>
        <TabPanel tab="staff" current={tab}>
          <StaffAdmin
            staff={staff.data}
            error={staff.error}
            me={account}
            onChanged={staffChanged}
          />
        </TabPanel>
        <TabPanel tab="content" current={tab}>
          <ContentEditor />
        </TabPanel>
        <TabPanel tab="exports" current={tab}>
          <ExportsPanel />
        </TabPanel>
        <TabPanel tab="queue" current={tab}>
          <RepDesk />
        </TabPanel>
      </main>
    </div>
  )
}
