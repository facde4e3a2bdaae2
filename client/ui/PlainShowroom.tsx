/**
 * The showroom without 3D, for browsers with no WebGL: every station with its card, so nobody is
 * turned away. *Talk to a person* works here too (the children: VisitorApp).
 */
import { STATIONS } from '../../shared/showroom'
import { useShowroom } from '../net/store'
import { TalkButton } from './summon/TalkButton'

export function PlainShowroom({ children }: { children?: React.ReactNode }) {
  const cards = useShowroom((s) => s.cards)
  const online = useShowroom((s) => s.status === 'online')
  return (
    <main className="plain">
      <header>
        <p className="brand">StormPeak</p>
        <h1>Our robots</h1>
        <p className="muted">
          Your browser cannot show the 3D showroom, so here is the plain version.
        </p>
      </header>
      {children}
      {STATIONS.map((s) => {
        const card = cards?.[s.id]
        if (!card) return null
        return (
          <article key={s.id} className="card plain-card" aria-label={card.title}>
            <h2>{card.title}</h2>
            <p className="muted">{card.tagline}</p>
            <p>{card.description}</p>
            <ul>
              {card.specs.map((spec) => (
                <li key={spec.label}>
                  {spec.label}: {spec.value}
                </li>
              ))}
            </ul>
            <p>
              <strong>Price range:</strong> {card.priceRange}
            </p>
            {online && <TalkButton stationId={s.id} about={s.name} />}
          </article>
        )
      })}
    </main>
  )
}
