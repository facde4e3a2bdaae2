/** Sets a new password for someone who forgot theirs; they sign in with it and change it. */
import { useState } from 'react'
import type { StaffMember } from '../../../shared/staffApi'
import { ConfirmDialog } from './ConfirmDialog'
import { MIN_PASSWORD_CHARS } from './staffRules'
import { resetPassword } from './supervisorApi'
import { useAction } from './useAction'

export interface ResetPasswordDialogProps {
  /** Whose password; null while closed. */
  person: StaffMember | null
  onDone: (message: string) => void
  onCancel: () => void
}

export function ResetPasswordDialog({ person, onDone, onCancel }: ResetPasswordDialogProps) {
  const [password, setPassword] = useState('')
  const reset = useAction()
  const close = () => {
    setPassword('')
    reset.clear()
    onCancel()
  }
  const confirm = async () => {
    if (!person) return
    if (password.length < MIN_PASSWORD_CHARS) return
    if (await reset.run(() => resetPassword(person.id, password))) {
      setPassword('')
      onDone(`${person.name}'s password was reset.`)
    }
  }
  return (
    <ConfirmDialog
      open={person !== null}
      title={`Reset ${person?.name ?? ''}'s password`}
      confirmLabel="Reset password"
      busy={reset.busy}
      error={reset.error}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <label className="sv-field">
        New password (at least {MIN_PASSWORD_CHARS} characters)
        <input
          type="password"
          value={password}
          required
          minLength={MIN_PASSWORD_CHARS}
          autoComplete="new-password"
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <p className="muted">Give it to them in person; they can sign in with it at once.</p>
    </ConfirmDialog>
  )
}
