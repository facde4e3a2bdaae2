/**
 * Station cards, edited live: choose a station, change its text, specs and price range, save.
 * The server stores the card and tells the showroom, so visitors see it without reloading.
 */
import { useEffect, useState, type FormEvent } from 'react'
import type { StationCards } from '../../../shared/content'
import { STATIONS, type StationId } from '../../../shared/showroom'
import { CardForm } from './CardForm'
import { cardFromDraft, draftFromCard, draftProblems, sameCard, type CardDraft } from './cardDraft'
import { ErrorText } from './ErrorText'
import { getCards, saveCard } from './supervisorApi'
import { useAction } from './useAction'

export function ContentEditor() {
  const [cards, setCards] = useState<StationCards>()
  const [stationId, setStationId] = useState<StationId>(STATIONS[0].id)
  const [draft, setDraft] = useState<CardDraft>()
  const [saved, setSaved] = useState('')
  const load = useAction()
  const save = useAction()
  const { run } = load

  useEffect(() => {
    void run(() => getCards().then(setCards))
  }, [run])
  useEffect(() => {
    if (cards) setDraft(draftFromCard(cards[stationId]))
  }, [cards, stationId])

  const card = draft && cardFromDraft(draft)
  const unchanged = !!card && !!cards && sameCard(card, cards[stationId])
  const problems = draft ? draftProblems(draft) : []

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!card || problems.length) return
    setSaved('')
    if (await save.run(() => saveCard(stationId, card))) {
      setCards((c) => c && { ...c, [stationId]: card })
      setSaved(`Saved. Visitors in the showroom now see the new ${card.title} card.`)
    }
  }
  const choose = (id: StationId) => {
    if (!unchanged && !confirm('Discard the changes to this card?')) return
    setSaved('')
    save.clear()
    setStationId(id)
  }

  return (
    <section className="staff-panel card" aria-labelledby="sv-content-title">
      <h2 id="sv-content-title">Station cards</h2>
      <ErrorText error={load.error} />
      {!draft && !load.error && <p className="muted">Loading the cards…</p>}
      {draft && (
        <form className="sv-card-form" onSubmit={submit} aria-label="Edit a station card">
          <label className="sv-inline">
            Station
            <select value={stationId} onChange={(e) => choose(e.target.value as StationId)}>
              {STATIONS.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <CardForm
            draft={draft}
            onChange={(d) => {
              setSaved('')
              setDraft(d)
            }}
          />
          {problems.length > 0 && (
            <ul className="staff-error sv-problems" aria-live="polite">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="sv-row">
            <button
              type="submit"
              className="primary"
              disabled={save.busy || unchanged || problems.length > 0}
            >
              Save card
            </button>
            <button
              type="button"
              disabled={unchanged}
              onClick={() => cards && setDraft(draftFromCard(cards[stationId]))}
            >
              Undo changes
            </button>
            <span className="muted" role="status">
              {saved || (unchanged ? 'No unsaved changes.' : 'Unsaved changes.')}
            </span>
          </div>
          <ErrorText error={save.error} />
        </form>
      )}
    </section>
  )
}
