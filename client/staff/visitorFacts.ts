/**
 * Plain-words helpers for what the rep reads about a visitor (queue rows, profile, lead form).
 * Pure, so they are tested without a DOM.
 */
import type { RepLeadInput, VisitorProfile } from '../../shared/staffApi'
import { STATIONS, type StationId } from '../../shared/showroom'
import type { QueueEntry } from '../net/staffStore'

/** The outcomes a rep can end a conversation with, and how they read. */
export const OUTCOMES = [
  ['answered', 'Answered'],
  ['lead', 'Lead'],
  ['quote-requested', 'Quote requested'],
  ['follow-up', 'Follow-up needed'],
] as const

export const outcomeLabel = (id: string | null): string =>
  id ? (OUTCOMES.find(([o]) => o === id)?.[1] ?? id) : 'no outcome'

export const stationName = (id: string | null): string =>
  id ? (STATIONS.find((s) => s.id === id)?.name ?? id) : 'the lobby'

const isStationId = (id: string | null): id is StationId => STATIONS.some((s) => s.id === id)

/** "42s", "3m 05s": a wait that ticks every second. */
export function waited(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`
}

/** "40 s", "3 min 5 s", "1 h 12 min": time spent at a station. */
export function dwell(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`
  return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 60)} h`
}

/**
 * Where the visitor stands, for the queue row: the server's live zone when it sends one; an
 * older server only says which station the summon came from.
 */
export const whereNow = (r: QueueEntry): string => r.where ?? `at ${stationName(r.stationId)}`

/** What the visitor asked about, when they summoned from a station ("asks about Kestrel"). */
export const asksAbout = (r: QueueEntry): string | null =>
  r.stationId ? `asks about ${stationName(r.stationId)}` : null

/**
 * The lead form's ticked interests: the station the visitor asked about, then every station
 * they spent time at or tried (the profile lists them longest dwell first).
 */
export function defaultInterests(
  profile: VisitorProfile | undefined,
  entry: QueueEntry | null,
): StationId[] {
  const ids: StationId[] = []
  const add = (id: string | null) => {
    if (isStationId(id) && !ids.includes(id)) ids.push(id)
  }
  add(entry?.stationId ?? null)
  for (const s of profile?.stations ?? []) if (s.dwellMs > 0 || s.tries > 0) add(s.stationId)
  return ids
}

export interface LeadDraft {
  name: string
  email: string
  phone: string
  company: string
  interests: StationId[]
  consent: boolean
}

/** The draft a form opens with: what the visitor already told us, ticked interests. */
export function initialDraft(
  visitorName: string,
  profile: VisitorProfile | undefined,
  entry: QueueEntry | null,
): LeadDraft {
  const contact = profile?.visitor.contact
  return {
    name: (profile?.visitor.displayName || visitorName).slice(0, 80),
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    company: contact?.company ?? '',
    interests: defaultInterests(profile, entry),
    consent: false,
  }
}

/** Why the form cannot be sent yet, or null when it can (the server still decides). */
export function missingForLead(d: LeadDraft): string | null {
  if (!d.name.trim()) return 'A name is needed.'
  if (!d.email.trim() && !d.phone.trim()) return 'An email or a phone number is needed.'
  if (!d.consent) return 'The visitor must agree to be contacted.'
  return null
}

/** The request body: blanks left out, consent only ever `true` (the form checks it first). */
export function leadInput(id: string, visitorId: string, d: LeadDraft): RepLeadInput {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined)
  return {
    id,
    visitorId,
    name: d.name.trim(),
    ...(opt(d.company) ? { company: opt(d.company) } : {}),
    ...(opt(d.email) ? { email: opt(d.email) } : {}),
    ...(opt(d.phone) ? { phone: opt(d.phone) } : {}),
    interests: d.interests,
    consent: true,
  }
}
