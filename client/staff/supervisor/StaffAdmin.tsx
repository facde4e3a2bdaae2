/** Staff accounts: who can sign in, as what; add a person, reset a password, deactivate. */
import { useState } from 'react'
import type { StaffMember } from '../../../shared/staffApi'
import type { StaffAccount } from '../../net/staffApi'
import { DeactivateDialog } from './DeactivateDialog'
import { ErrorText } from './ErrorText'
import { NewStaffForm } from './NewStaffForm'
import { ResetPasswordDialog } from './ResetPasswordDialog'

export interface StaffAdminProps {
  staff: StaffMember[] | undefined
  error: string | undefined
  /** The supervisor signed in: they cannot deactivate themselves here. */
  me: StaffAccount
  onChanged: () => void
}

/** Active people first, then by name. */
const byActiveThenName = (a: StaffMember, b: StaffMember) =>
  Number(b.active) - Number(a.active) || a.name.localeCompare(b.name)

export function StaffAdmin({ staff, error, me, onChanged }: StaffAdminProps) {
  const [resetting, setResetting] = useState<StaffMember | null>(null)
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null)
  const [done, setDone] = useState('')
  const finish = (message: string) => {
    setResetting(null)
    setDeactivating(null)
    setDone(message)
    onChanged()
  }
  const people = [...(staff ?? [])].sort(byActiveThenName)

  return (
    <section className="staff-panel card" aria-labelledby="sv-staff-title">
      <h2 id="sv-staff-title">Staff accounts</h2>
      <ErrorText error={error} />
      {!staff && !error && <p className="muted">Loading accounts…</p>}
      {people.length > 0 && (
        <div className="sv-scroll">
          <table className="sv-table">
            <caption className="sv-sr-only">Staff accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="sv-sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} className={p.active ? undefined : 'inactive'}>
                  <th scope="row">{p.name}</th>
                  <td>{p.email}</td>
                  <td>{p.role}</td>
                  <td>{p.active ? 'active' : 'deactivated'}</td>
                  <td className="sv-actions">
                    {p.active && (
                      <>
                        <button onClick={() => setResetting(p)}>
                          Reset password<span className="sv-sr-only"> of {p.name}</span>
                        </button>
                        {p.id !== me.id && (
                          <button className="danger-quiet" onClick={() => setDeactivating(p)}>
                            Deactivate<span className="sv-sr-only"> {p.name}</span>
                          </button>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted" role="status">
        {done}
      </p>
      <NewStaffForm onCreated={onChanged} />
      <ResetPasswordDialog person={resetting} onDone={finish} onCancel={() => setResetting(null)} />
      <DeactivateDialog
        person={deactivating}
        onDone={finish}
        onCancel={() => setDeactivating(null)}
      />
    </section>
  )
}
