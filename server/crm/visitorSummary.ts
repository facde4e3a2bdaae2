/**
 * A visitor's history in the words a rep reads: the one line beside their name in the queue
 * ("3rd visit · tried Atlas-6, Kestrel · 1 handoff, rated 5") and the profile the conversation
 * panel shows. Pure: the history comes from the store (visitorHistory.ts), nothing is read here.
 */
import { STATIONS, type StationId } from '../../shared/showroom'
import type { VisitorProfile } from '../../shared/staffApi'
import { toIso } from './time'
import type { VisitorHistory } from './visitorHistory'

/** More tried stations than this read as "and N more": the line must fit one row. */
const TRIED_NAMES_SHOWN = 3

const stationName = (id: string) => STATIONS.find((s) => s.id === id)?.name
const isStationId = (id: string): id is StationId => STATIONS.some((s) => s.id === id)

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/**
 * Which visit this is. `here`: the visitor is in the showroom now, so the current visit counts
 * even before the record queue has written it (a second or so after joining).
 */
function visitNumber(h: VisitorHistory, here: boolean): number {
  return Math.max(h.visits, here ? h.endedVisits + 1 : 1)
}

function triedPart(h: VisitorHistory): string | null {
  const names = h.stations.filter((s) => s.tries > 0).flatMap((s) => stationName(s.stationId) ?? [])
  if (names.length === 0) return null
  const shown = names.slice(0, TRIED_NAMES_SHOWN).join(', ')
  const more = names.length - TRIED_NAMES_SHOWN
  return `tried ${shown}${more > 0 ? ` and ${more} more` : ''}`
}

function handoffPart(h: VisitorHistory): string | null {
  const ended = h.handoffs.filter((x) => x.status === 'ended')
  const missed = h.handoffs.filter((x) => x.status === 'missed').length
  const ratings = ended.flatMap((x) => (x.rating === null ? [] : [x.rating]))
  const parts: string[] = []
  if (ended.length > 0) {
    let talked = plural(ended.length, 'handoff')
    if (ratings.length === 1) talked += `, rated ${ratings[0]}`
    else if (ratings.length > 1) {
      const avg = ratings.reduce((a, b) => a + b, 0) / ratings.length
      talked += `, rated ${Number(avg.toFixed(1))} on average`
    }
    parts.push(talked)
  }
  if (missed > 0) parts.push(`${missed} missed`)
  return parts.length > 0 ? parts.join(', ') : null
}

/** The queue's one line; `here` is false when the visitor may not be in the showroom now. */
export function historyLine(h: VisitorHistory, here = true): string {
  const n = visitNumber(h, here)
  const first = n === 1 ? 'first visit' : `${ordinal(n)} visit`
  return [first, triedPart(h), handoffPart(h)].filter((p) => p !== null).join(' · ')
}

/** `GET /api/crm/visitors/:visitorId/profile`: contact details only with the visitor's consent. */
export function toVisitorProfile(h: VisitorHistory): VisitorProfile {
  const v = h.visitor
  return {
    visitor: {
      id: v.id,
      displayName: v.displayName,
      returning: v.returning,
      firstSeenAt: toIso(v.firstSeenAt),
      lastSeenAt: toIso(v.lastSeenAt),
      contact: v.consent ? { email: v.email, phone: v.phone, company: v.company } : null,
    },
    visits: visitNumber(h, false),
    stations: h.stations.flatMap((s) =>
      isStationId(s.stationId)
        ? [{ stationId: s.stationId, dwellMs: s.dwellMs, tries: s.tries }]
        : [],
    ),
    handoffs: h.handoffs.map((x) => ({
      id: x.id,
      requestedAt: toIso(x.requestedAt),
      repName: x.repName,
      status: x.status,
      outcome: x.outcome,
      rating: x.rating,
    })),
    summary: historyLine(h, false),
  }
}
