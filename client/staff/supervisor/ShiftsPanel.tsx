/** Shifts for a chosen day (list, add, delete) and the minimum number of reps on duty. */
import { useCallback, useEffect, useState } from 'react'
import type { StaffMember } from '../../../shared/staffApi'
import { AddShiftForm } from './AddShiftForm'
import { ErrorText } from './ErrorText'
import { localDay } from './format'
import { MinimumForm } from './MinimumForm'
import { deleteShift, getShifts, type ShiftDay } from './supervisorApi'
import { useAction } from './useAction'

export interface ShiftsPanelProps {
  staff: StaffMember[]
  /** Shifts and the minimum change who should be on duty now: re-check coverage at once. */
  onCoverageChanged: () => void
}

export function ShiftsPanel({ staff, onCoverageChanged }: ShiftsPanelProps) {
  const [day, setDay] = useState(localDay)
  const [data, setData] = useState<ShiftDay>()
  const load = useAction()
  const remove = useAction()
  const { run } = load

  const reload = useCallback(() => {
    void run(() => getShifts(day).then(setData))
  }, [day, run])
  useEffect(reload, [reload])

  const changed = () => {
    reload()
    onCoverageChanged()
  }
  const shifts = data?.day === day ? data.shifts : []

  return (
    <section className="staff-panel card" aria-labelledby="sv-shifts-title">
      <h2 id="sv-shifts-title">Shifts and coverage</h2>
      <label className="sv-inline">
        Day
        <input
          type="date"
          value={day}
          required
          onChange={(e) => e.target.value && setDay(e.target.value)}
        />
      </label>
      <ErrorText error={load.error} />
      {data?.day === day && shifts.length === 0 && (
        <p className="muted">No shifts planned on {day}.</p>
      )}
      {shifts.length > 0 && (
        <table className="sv-table">
          <caption className="sv-sr-only">Shifts on {day}</caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">
                <span className="sv-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shifts.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.staffName}</th>
                <td>{s.start}</td>
                <td>{s.end}</td>
                <td>
                  <button
                    disabled={remove.busy}
                    aria-label={`Delete ${s.staffName}'s shift ${s.start} to ${s.end}`}
                    onClick={() =>
                      void remove.run(() => deleteShift(s.id)).then((ok) => ok && changed())
                    }
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorText error={remove.error} />
      <AddShiftForm day={day} staff={staff} onAdded={changed} />
      <MinimumForm current={data?.minReps} onSaved={changed} />
    </section>
  )
}
