/**
 * "Leave your details": name, company, email or phone, interests (the stations they looked at,
 * ticked already), consent. Kept on the screen's outbox first, so it survives a lost connection.
 */
import { useState, type FormEvent } from 'react'
import { STATIONS } from '../../shared/showroom'
import { useShowroom } from '../net/store'
import { kioskActions, useKiosk } from './kioskStore'
import { submitLead } from './leadOutbox'

export function LeadForm({ kioskToken }: { kioskToken: string }) {
  const visited = useKiosk((s) => s.visited)
  const visitorToken = useShowroom((s) => s.me?.visitorToken)
  const [name, setName] = useState('')
  const [company, setCompany] = useState('')
  const [email, setEmail] = useState('')
  const [phone, setPhone] = useState('')
  const [interests, setInterests] = useState<string[]>(visited)
  const [consent, setConsent] = useState(false)
  const [result, setResult] = useState<'saved' | 'kept'>()

  if (result) {
    return (
      <section className="kiosk-panel card" aria-live="polite" aria-label="Details saved">
        <h2>Thank you!</h2>
        <p>
          {result === 'saved'
            ? 'Your details are saved. A StormPeak person will be in touch.'
            : 'Your details are kept on this screen and will be sent as soon as it is back online.'}
        </p>
        <button className="primary" onClick={() => kioskActions.open(undefined)}>
          Close
        </button>
      </section>
    )
  }
  const toggle = (id: string) =>
    setInterests((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const lead = {
      id: crypto.randomUUID(),
      ...(visitorToken ? { visitorToken } : {}),
      name: name.trim(),
      ...(company.trim() ? { company: company.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      interests,
      consent: true as const,
    }
    setResult((await submitLead(kioskToken, lead)) ? 'saved' : 'kept')
  }
  const ready = name.trim() && (email.trim() || phone.trim()) && consent
  return (
    <form className="kiosk-panel card" aria-label="Leave your details" onSubmit={submit}>
      <h2>Leave your details</h2>
      <input
        aria-label="Name"
        placeholder="Name"
        value={name}
        maxLength={80}
        onChange={(e) => setName(e.target.value)}
      />
      <input
        aria-label="Company"
        placeholder="Company"
        value={company}
        maxLength={120}
        onChange={(e) => setCompany(e.target.value)}
      />
      <input
        aria-label="Email"
        type="email"
        placeholder="Email"
        value={email}
        maxLength={200}
        onChange={(e) => setEmail(e.target.value)}
      />
      <input
        aria-label="Phone"
        type="tel"
        placeholder="Phone"
        value={phone}
        maxLength={24}
        onChange={(e) => setPhone(e.target.value)}
      />
      <fieldset className="interests">
        <legend>Interested in</legend>
        {STATIONS.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              checked={interests.includes(s.id)}
              onChange={() => toggle(s.id)}
            />{' '}
            {s.name}
          </label>
        ))}
      </fieldset>
      <label className="consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />{' '}
        StormPeak may contact me about these robots.
      </label>
      <div className="row">
        <button type="button" onClick={() => kioskActions.open(undefined)}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!ready}>
          Save my details
        </button>
      </div>
    </form>
  )
}
