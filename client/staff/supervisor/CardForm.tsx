/** The fields of one station card: title, tagline, description, price range, specs, uses. */
import { CARD_LIMITS, type CardDraft } from './cardDraft'
import { SpecsEditor } from './SpecsEditor'

export interface CardFormProps {
  draft: CardDraft
  onChange: (draft: CardDraft) => void
}

export function CardForm({ draft, onChange }: CardFormProps) {
  const set = (patch: Partial<CardDraft>) => onChange({ ...draft, ...patch })
  return (
    <div className="sv-card-fields">
      <label className="sv-field">
        Title
        <input
          value={draft.title}
          required
          maxLength={CARD_LIMITS.title}
          onChange={(e) => set({ title: e.target.value })}
        />
      </label>
      <label className="sv-field">
        Tagline
        <input
          value={draft.tagline}
          maxLength={CARD_LIMITS.tagline}
          onChange={(e) => set({ tagline: e.target.value })}
        />
      </label>
      <label className="sv-field">
        Description
        <textarea
          rows={5}
          value={draft.description}
          maxLength={CARD_LIMITS.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </label>
      <label className="sv-field">
        Price range
        <input
          value={draft.priceRange}
          placeholder="e.g. €38,000–€46,000"
          maxLength={CARD_LIMITS.priceRange}
          onChange={(e) => set({ priceRange: e.target.value })}
        />
      </label>
      <SpecsEditor specs={draft.specs} onChange={(specs) => set({ specs })} />
      <label className="sv-field">
        Uses (one per line)
        <textarea rows={4} value={draft.uses} onChange={(e) => set({ uses: e.target.value })} />
      </label>
    </div>
  )
}
