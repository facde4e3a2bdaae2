/**
 * The spec card of the station you stand at (or the robot you clicked): what it does, key specs,
 * uses, price range, and the *Try it* controls of its live demo.
 */
import { STATIONS } from '../../shared/showroom'
import { useShowroom } from '../net/store'
import { openCardOf, useView, viewActions } from '../scene/viewStore'
import { DemoControls } from './DemoControls'
import { TalkButton } from './summon/TalkButton'

export function StationCardPanel({ extra }: { extra?: (stationId: string) => React.ReactNode }) {
  const id = useView(openCardOf)
  const card = useShowroom((s) => (id ? s.cards?.[id] : undefined))
  if (!id || !card) return null
  const station = STATIONS.find((s) => s.id === id)!
  return (
    <aside className="station-card card" aria-label={`${station.name} spec card`}>
      <header>
        <div>
          <h2>{card.title}</h2>
          <p className="muted">{card.tagline}</p>
        </div>
        <button className="close" aria-label="Close the card" onClick={viewActions.closeCard}>
          ×
        </button>
      </header>
      <p>{card.description}</p>
      <dl className="specs">
        {card.specs.map((s) => (
          <div key={s.label}>
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </div>
        ))}
      </dl>
      <p className="uses">
        <strong>Used for:</strong> {card.uses.join(' · ')}
      </p>
      <p className="price">
        <strong>Price range:</strong> {card.priceRange}
      </p>
      <DemoControls stationId={id} />
      <TalkButton stationId={id} about={station.name} />
      {extra?.(id)}
    </aside>
  )
}
