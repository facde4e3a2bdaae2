/**
 * A modal question before an action that cannot be undone (deactivate, erase) or that needs one
 * more field (a new password). The native <dialog>: focus moves to its first control (Cancel, or
 * the field) and is kept inside, Escape cancels, and focus returns to the button that opened it.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react'
import { ErrorText } from './ErrorText'

export interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  /** Styles the confirm button as destructive. */
  danger?: boolean
  busy?: boolean
  error?: string
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, danger, busy, error, onConfirm, onCancel } = props
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!busy) onConfirm()
  }
  return (
    <dialog
      ref={ref}
      className="sv-dialog card"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault() // the parent decides: `open` closes it
        onCancel()
      }}
    >
      {open && (
        <form onSubmit={submit}>
          <h2 id={titleId}>{title}</h2>
          {children}
          <ErrorText error={error} />
          <div className="sv-dialog-actions">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy}>
              {confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
