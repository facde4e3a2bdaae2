/**
 * Who the rep is talking with: the visitor's profile from the CRM (visits, stations, earlier
 * conversations, contact details when they consented), with its loading and failed states, and
 * where they stood when the rep accepted.
 */
import type { VisitorProfile } from '../../shared/staffApi'
import type { ProfileView, QueueEntry } from '../net/staffStore'
import { loadProfile } from '../net/staffWiring'
import { dwell, outcomeLabel, stationName } from './visitorFacts'

export interface VisitorProfileCardProps {
  visitorId: string | null
  profile: ProfileView | undefined
  entry: QueueEntry | null
  /** This conversation, left out of the earlier ones. */
  handoffId: string
}

const day = (iso: string) => new Date(iso).toLocaleDateString()

function ProfileDetails({ profile: p, handoffId }: { profile: VisitorProfile; handoffId: string }) {
  const contact = p.visitor.contact
  const earlier = p.handoffs.filter((h) => h.id !== handoffId)
  return (
    <>
      <p className="queue-history">{p.summary}</p>
      {contact && (
        <p>
          Contact: {[contact.email, contact.phone, contact.company].filter(Boolean).join(' · ')}
        </p>
      )}
      <p className="muted">
        {p.visits} {p.visits === 1 ? 'visit' : 'visits'} · first seen {day(p.visitor.firstSeenAt)}
      </p>
      {p.stations.length > 0 && (
        <ul className="profile-list" aria-label="Stations visited">
          {p.stations.map((s) => (
            <li key={s.stationId}>
              {stationName(s.stationId)}: {dwell(s.dwellMs)}
              {s.tries > 0 && `, tried ${s.tries}×`}
            </li>
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <ul className="profile-list" aria-label="Earlier conversations">
          {earlier.map((h) => (
            <li key={h.id}>
              {day(h.requestedAt)} · {h.repName ?? 'nobody'} · {h.status}
              {h.outcome && ` · ${outcomeLabel(h.outcome)}`}
              {h.rating !== null && ` · rated ${h.rating}`}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export function VisitorProfileCard(props: VisitorProfileCardProps) {
  const { visitorId, profile, entry, handoffId } = props
  return (
    <section className="visitor-profile" aria-label="Visitor profile">
      <h3>
        Profile
        {profile?.status === 'ready' && profile.profile.visitor.returning && (
          <span className="pill returning">returning</span>
        )}
      </h3>
      {entry?.where && <p className="muted">Was {entry.where} when you accepted.</p>}
      {!visitorId && <p className="muted">No profile: this visitor was not in your queue.</p>}
      {visitorId && (!profile || profile.status === 'loading') && (
        <p className="muted" role="status">
          Loading the profile…
        </p>
      )}
      {profile?.status === 'failed' && (
        <p role="alert" className="staff-error">
          The profile could not be loaded: {profile.error}{' '}
          <button type="button" onClick={() => void loadProfile(profile.visitorId)}>
            Try again
          </button>
        </p>
      )}
      {profile?.status === 'ready' && (
        <ProfileDetails profile={profile.profile} handoffId={handoffId} />
      )}
    </section>
  )
}
