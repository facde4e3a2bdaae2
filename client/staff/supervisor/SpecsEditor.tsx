/** The card's spec rows (label, value): edit, add, remove. Blank rows are dropped on save. */
import { CARD_LIMITS, type SpecRow } from './cardDraft'

export interface SpecsEditorProps {
  specs: SpecRow[]
  onChange: (specs: SpecRow[]) => void
}

export function SpecsEditor({ specs, onChange }: SpecsEditorProps) {
  const set = (i: number, row: Partial<SpecRow>) =>
    onChange(specs.map((s, j) => (j === i ? { ...s, ...row } : s)))
  return (
    <fieldset className="sv-specs">
      <legend>Specs</legend>
      {specs.map((s, i) => (
        <div className="sv-spec" key={i}>
          <input
            aria-label={`Spec ${i + 1} label`}
            placeholder="e.g. Payload"
            value={s.label}
            maxLength={CARD_LIMITS.specLabel}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <input
            aria-label={`Spec ${i + 1} value`}
            placeholder="e.g. 6 kg"
            value={s.value}
            maxLength={CARD_LIMITS.specValue}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          <button
            type="button"
            aria-label={`Remove spec ${i + 1}${s.label ? ` (${s.label})` : ''}`}
            onClick={() => onChange(specs.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={specs.length >= CARD_LIMITS.specs}
        onClick={() => onChange([...specs, { label: '', value: '' }])}
      >
        Add a spec
      </button>
    </fieldset>
  )
}
