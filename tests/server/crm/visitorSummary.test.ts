import { describe, expect, it } from 'vitest'
import { historyLine, ordinal, toVisitorProfile } from '../../../server/crm/visitorSummary'
import type { VisitorHistory } from '../../../server/crm/visitorHistory'

const T0 = Date.parse('2025-03-04T09:00:00.000Z')

function history(more: Partial<VisitorHistory> = {}): VisitorHistory {
  return {
    visitor: {
      id: 'v1',
      displayName: 'Ada',
      email: 'ada@example.com',
      phone: null,
      company: 'Ada Ltd',
      consent: false,
      consentAt: null,
      firstSeenAt: T0,
      lastSeenAt: T0,
      returning: false,
    },
    visits: 0,
    endedVisits: 0,
    stations: [],
    handoffs: [],
    ...more,
  }
}

const handoff = (status: 'ended' | 'missed' | 'active', rating: number | null = null) => ({
  id: `h-${Math.random()}`,
  requestedAt: T0,
  repName: 'Rob',
  status,
  outcome: status === 'ended' ? 'answered' : null,
  rating,
})

describe('the history line', () => {
  it('says first visit for someone new, whether or not the visit is written yet', () => {
    expect(historyLine(history())).toBe('first visit')
    expect(historyLine(history({ visits: 1 }))).toBe('first visit')
  })

  it('counts the visit in progress on top of the ended ones', () => {
    expect(historyLine(history({ visits: 2, endedVisits: 2 }))).toBe('3rd visit')
    expect(historyLine(history({ visits: 3, endedVisits: 2 }))).toBe('3rd visit')
  })

  it('names the demos tried, longest first, and the earlier conversations', () => {
    const h = history({
      visits: 3,
      endedVisits: 2,
      stations: [
        { stationId: 'arm', dwellMs: 90_000, tries: 2 },
        { stationId: 'cobot', dwellMs: 50_000, tries: 0 },
        { stationId: 'drone', dwellMs: 20_000, tries: 1 },
      ],
      handoffs: [handoff('active'), handoff('ended', 5)],
    })
    expect(historyLine(h)).toBe('3rd visit · tried Atlas-6, Kestrel · 1 handoff, rated 5')
  })

  it('averages several ratings and mentions missed requests', () => {
    const h = history({
      visits: 1,
      handoffs: [handoff('ended', 5), handoff('ended', 4), handoff('ended'), handoff('missed')],
    })
    expect(historyLine(h)).toBe('first visit · 3 handoffs, rated 4.5 on average, 1 missed')
  })

  it('keeps long lists short', () => {
    const stations = ['arm', 'quadruped', 'amr', 'drone', 'cobot'].map((stationId) => ({
      stationId,
      dwellMs: 1000,
      tries: 1,
    }))
    expect(historyLine(history({ stations }))).toBe(
      'first visit · tried Atlas-6, Ridge, Hauler and 2 more',
    )
  })

  it('writes ordinals the English way', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ])
  })
})

describe('the profile', () => {
  it('leaves contact details out without consent', () => {
    expect(toVisitorProfile(history()).visitor.contact).toBeNull()
  })

  it('gives contact details with consent, ISO times and only known stations', () => {
    const base = history()
    const p = toVisitorProfile({
      ...base,
      visitor: { ...base.visitor, consent: true, consentAt: T0 },
      visits: 2,
      endedVisits: 2,
      stations: [
        { stationId: 'drone', dwellMs: 5000, tries: 1 },
        { stationId: 'retired-robot', dwellMs: 4000, tries: 0 },
      ],
    })
    expect(p.visitor).toMatchObject({
      firstSeenAt: '2025-03-04T09:00:00.000Z',
      contact: { email: 'ada@example.com', phone: null, company: 'Ada Ltd' },
    })
    expect(p.visits).toBe(2)
    expect(p.stations).toEqual([{ stationId: 'drone', dwellMs: 5000, tries: 1 }])
    expect(p.summary).toBe('2nd visit · tried Kestrel')
  })
})
