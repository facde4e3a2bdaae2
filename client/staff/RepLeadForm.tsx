/**
 * The lead a rep takes in a conversation: name (prefilled), email, phone, company, interests (the
 * stations the visitor tried or asked about, ticked already) and the visitor's consent. One
 * idempotency key per form, so a retry after a lost answer is stored once.
 */
import { useState, type FormEvent } from 'react'
import type { VisitorProfile } from '../../shared/staffApi'
import { saveRepLead } from '../net/repApi'
import type { QueueEntry } from '../net/staffStore'
import { reasonOf } from '../net/staffWiring'
import { LeadInterests } from './LeadInterests'
import { initialDraft, leadInput, missingForLead, type LeadDraft } from './visitorFacts'

export interface RepLeadFormProps {
  visitorId: string
  visitorName: string
  /** Undefined until the profile has loaded; the untouched form then takes its facts. */
  profile: VisitorProfile | undefined
  entry: QueueEntry | null
}

type Sending =
  { state: 'idle' } | { state: 'sending' } | { state: 'saved' } | { state: 'failed'; error: string }

export function RepLeadForm({ visitorId, visitorName, profile, entry }: RepLeadFormProps) {
  const [id] = useState(() => crypto.randomUUID())
  // Until the rep types, the form follows what is known (the profile may arrive after it opens).
  const [edited, setEdited] = useState<LeadDraft | null>(null)
  const draft = edited ?? initialDraft(visitorName, profile, entry)
  const [sending, setSending] = useState<Sending>({ state: 'idle' })
  const edit = (patch: Partial<LeadDraft>) => setEdited({ ...draft, ...patch })
  const missing = missingForLead(draft)
  const locked = sending.state === 'sending' || sending.state === 'saved'
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (missing || locked) return
    setSending({ state: 'sending' })
    try {
      await saveRepLead(leadInput(id, visitorId, draft))
      setSending({ state: 'saved' })
    } catch (err) {
      setSending({ state: 'failed', error: reasonOf(err) })
    }
  }
  const field = (key: 'name' | 'email' | 'phone' | 'company', label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={draft[key]}
        maxLength={key === 'company' ? 120 : key === 'phone' ? 24 : key === 'email' ? 200 : 80}
        onChange={(e) => edit({ [key]: e.target.value })}
        disabled={locked}
      />
    </label>
  )
  return (
    <form className="rep-lead" aria-label="Lead" onSubmit={submit}>
      <h3>Lead</h3>
      {field('name', 'Name')}
      {field('email', 'Email', 'email')}
      {field('phone', 'Phone', 'tel')}
      {field('company', 'Company')}
      <LeadInterests
        value={draft.interests}
        onChange={(interests) => edit({ interests })}
        disabled={locked}
      />
      <label className="lead-consent">
        <input
          type="checkbox"
          checked={draft.consent}
          onChange={(e) => edit({ consent: e.target.checked })}
          disabled={locked}
        />
        The visitor agrees to be contacted by StormPeak about these products
      </label>
      {missing && !locked && <p className="muted">{missing}</p>}
      <button type="submit" className="primary" disabled={!!missing || locked}>
        {sending.state === 'sending' ? 'Saving…' : 'Save lead'}
      </button>
      <p aria-live="polite" className={sending.state === 'failed' ? 'staff-error' : 'lead-saved'}>
        {sending.state === 'saved' && `Lead saved for ${draft.name.trim()}.`}
        {sending.state === 'failed' && `The lead was not saved: ${sending.error} Try again.`}
      </p>
    </form>
  )
}
