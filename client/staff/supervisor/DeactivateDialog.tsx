/** Asks before deactivating an account: the person can no longer sign in (there is no undo here). */
import type { StaffMember } from '../../../shared/staffApi'
import { ConfirmDialog } from './ConfirmDialog'
import { deactivateStaff } from './supervisorApi'
import { useAction } from './useAction'

export interface DeactivateDialogProps {
  person: StaffMember | null
  onDone: (message: string) => void
  onCancel: () => void
}

export function DeactivateDialog({ person, onDone, onCancel }: DeactivateDialogProps) {
  const deactivate = useAction()
  const confirm = async () => {
    if (person && (await deactivate.run(() => deactivateStaff(person.id))))
      onDone(`${person.name} was deactivated.`)
  }
  return (
    <ConfirmDialog
      open={person !== null}
      title={`Deactivate ${person?.name ?? ''}?`}
      confirmLabel="Deactivate"
      danger
      busy={deactivate.busy}
      error={deactivate.error}
      onConfirm={() => void confirm()}
      onCancel={() => {
        deactivate.clear()
        onCancel()
      }}
    >
      <p>
        {person?.name} ({person?.email}) will no longer be able to sign in, and leaves the shift
        plan and the coverage count. Their past conversations and ratings stay in the reports.
      </p>
    </ConfirmDialog>
  )
}
