/** Plans a shift on the chosen day: who, from, to (the server checks the times and the person). */
import { useState, type FormEvent } from 'react'
import type { StaffMember } from '../../../shared/staffApi'
import { ErrorText } from './ErrorText'
import { addShift } from './supervisorApi'
import { useAction } from './useAction'

export interface AddShiftFormProps {
  day: string
  staff: StaffMember[]
  onAdded: () => void
}

export function AddShiftForm({ day, staff, onAdded }: AddShiftFormProps) {
  const [staffId, setStaffId] = useState('')
  const [start, setStart] = useState('09:00')
  const [end, setEnd] = useState('17:00')
  const add = useAction()
  const people = staff.filter((s) => s.active)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (await add.run(() => addShift({ staffId, day, start, end }))) onAdded()
  }
  return (
    <form className="sv-form" onSubmit={submit} aria-label="Add a shift">
      <h3>Add a shift on {day}</h3>
      <div className="sv-row">
        <label>
          Who
          <select value={staffId} required onChange={(e) => setStaffId(e.target.value)}>
            <option value="">Choose a person…</option>
            {people.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.role})
              </option>
            ))}
          </select>
        </label>
        <label>
          Start
          <input type="time" value={start} required onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          End
          <input type="time" value={end} required onChange={(e) => setEnd(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={add.busy || !staffId}>
          Add shift
        </button>
      </div>
      <ErrorText error={add.error} />
    </form>
  )
}
