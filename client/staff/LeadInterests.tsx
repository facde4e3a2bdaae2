/** The lead form's interests: one checkbox per station, in the floor plan's order. */
import { STATIONS, type StationId } from '../../shared/showroom'

export interface LeadInterestsProps {
  value: StationId[]
  onChange: (next: StationId[]) => void
  disabled: boolean
}

export function LeadInterests({ value, onChange, disabled }: LeadInterestsProps) {
  const toggle = (id: StationId) =>
    onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id])
  return (
    <fieldset className="lead-interests" disabled={disabled}>
      <legend>Interested in</legend>
      {STATIONS.map((s) => (
        <label key={s.id}>
          <input type="checkbox" checked={value.includes(s.id)} onChange={() => toggle(s.id)} />
          {s.name}
        </label>
      ))}
    </fieldset>
  )
}
