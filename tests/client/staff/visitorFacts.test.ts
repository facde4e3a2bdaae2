/** What the rep reads about a visitor, and the lead a form sends. */
import { describe, expect, it } from 'vitest'
import type { VisitorProfile } from '../../../shared/staffApi'
import { toQueueEntry } from '../../../client/net/staffStore'
import {
  defaultInterests,
  initialDraft,
  leadInput,
  missingForLead,
  waited,
  whereNow,
} from '../../../client/staff/visitorFacts'

const row = toQueueEntry({
  requestId: 'r1',
  visitorName: 'Rosa',
  channel: 'web',
  stationId: 'drone',
  waitingMs: 0,
  priority: 100,
})

const profile: VisitorProfile = {
  visitor: {
    id: 'v1',
    displayName: 'Rosa Diaz',
    returning: true,
    firstSeenAt: '2025-03-04T09:00:00.000Z',
    lastSeenAt: '2025-03-05T09:00:00.000Z',
    contact: { email: 'rosa@example.com', phone: null, company: null },
  },
  visits: 2,
  stations: [
    { stationId: 'arm', dwellMs: 60_000, tries: 2 },
    { stationId: 'cobot', dwellMs: 0, tries: 0 },
  ],
  handoffs: [],
  summary: '2nd visit · tried Atlas-6',
}

describe('visitor facts', () => {
  it('tick waits in seconds, then minutes', () => {
    expect([0, 42_900, 185_000].map(waited)).toEqual(['0s', '42s', '3m 05s'])
  })

  it('say where the visitor stands, or where they asked from on an older server', () => {
    expect(whereNow({ ...row, where: 'in the lobby' })).toBe('in the lobby')
    expect(whereNow(row)).toBe('at Kestrel')
  })

  it('tick the asked-about and tried stations in the lead form', () => {
    expect(defaultInterests(profile, row)).toEqual(['drone', 'arm'])
    expect(initialDraft('Rosa', profile, row)).toEqual({
      name: 'Rosa Diaz',
      email: 'rosa@example.com',
      phone: '',
      company: '',
      interests: ['drone', 'arm'],
      consent: false,
    })
  })

  it('need a name, an email or phone, and consent before a lead can be sent', () => {
    const draft = initialDraft('Rosa', undefined, null)
    expect(missingForLead(draft)).toMatch(/email or a phone/)
    expect(missingForLead({ ...draft, phone: '+44 20 7946 0000' })).toMatch(/agree/)
    const ok = { ...draft, phone: ' +44 20 7946 0000 ', consent: true }
    expect(missingForLead(ok)).toBeNull()
    expect(leadInput('id-1', 'v1', ok)).toEqual({
      id: 'id-1',
      visitorId: 'v1',
      name: 'Rosa',
      phone: '+44 20 7946 0000',
      interests: [],
      consent: true,
    })
  })
})
