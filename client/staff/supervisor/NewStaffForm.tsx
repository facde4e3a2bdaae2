/** Creates a rep or supervisor account with a first password (the person changes it later). */
import { useState, type FormEvent } from 'react'
import type { StaffRole } from '../../../shared/staffApi'
import { ErrorText } from './ErrorText'
import { MIN_PASSWORD_CHARS } from './staffRules'
import { createStaff } from './supervisorApi'
import { useAction } from './useAction'

export interface NewStaffFormProps {
  onCreated: () => void
}

export function NewStaffForm({ onCreated }: NewStaffFormProps) {
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<StaffRole>('rep')
  const [password, setPassword] = useState('')
  const [created, setCreated] = useState('')
  const create = useAction()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setCreated('')
    const person = { email: email.trim(), name: name.trim(), role, password }
    if (await create.run(() => createStaff(person))) {
      setCreated(`${person.name} can now sign in as a ${role}.`)
      setEmail('')
      setName('')
      setPassword('')
      onCreated()
    }
  }
  return (
    <form className="sv-form" onSubmit={submit} aria-labelledby="sv-new-staff-title">
      <h3 id="sv-new-staff-title">Add a person</h3>
      <div className="sv-row">
        <label>
          Name
          <input value={name} required maxLength={60} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Email
          <input
            type="email"
            value={email}
            required
            autoComplete="off"
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
            <option value="rep">Rep</option>
            <option value="supervisor">Supervisor</option>
          </select>
        </label>
        <label>
          First password
          <input
            type="password"
            value={password}
            required
            minLength={MIN_PASSWORD_CHARS}
            autoComplete="new-password"
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={create.busy}>
          Create account
        </button>
      </div>
      <p className="muted" role="status">
        {created}
      </p>
      <ErrorText error={create.error} />
    </form>
  )
}
