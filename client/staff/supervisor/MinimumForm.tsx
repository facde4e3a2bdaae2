/** The minimum number of reps that must be available at any time (the coverage alert's line). */
import { useEffect, useState, type FormEvent } from 'react'
import { ErrorText } from './ErrorText'
import { setMinReps } from './supervisorApi'
import { useAction } from './useAction'

export interface MinimumFormProps {
  /** The server's current minimum, once known. */
  current: number | undefined
  onSaved: () => void
}

export function MinimumForm({ current, onSaved }: MinimumFormProps) {
  const [value, setValue] = useState('')
  const save = useAction()
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    if (current !== undefined) setValue(String(current))
  }, [current])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setSaved(false)
    if (await save.run(() => setMinReps(Number(value)))) {
      setSaved(true)
      onSaved()
    }
  }
  return (
    <form className="sv-form" onSubmit={submit} aria-label="Minimum reps on duty">
      <div className="sv-row">
        <label>
          Minimum reps available at any time
          <input
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={value}
            required
            onChange={(e) => {
              setValue(e.target.value)
              setSaved(false)
            }}
          />
        </label>
        <button type="submit" disabled={save.busy || value === ''}>
          Set minimum
        </button>
        <span className="muted" role="status">
          {saved ? 'Saved.' : ''}
        </span>
      </div>
      <ErrorText error={save.error} />
    </form>
  )
}
