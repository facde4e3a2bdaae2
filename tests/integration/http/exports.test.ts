/**
 * CSV exports for supervisors: a header row, ISO times, one row per record, and no cell a
 * spreadsheet would run as a formula (visitors and staff type these texts).
 */
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CrmStore } from '../../../server/crm'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { ISO, addStaff, api, tokenFor } from './helpers'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')
const EVIL_OUTCOME = '=HYPERLINK("http://evil.example","click")'

let srv: CrmServer
let store: CrmStore
let supervisor: string
let repId: string
beforeAll(async () => {
  srv = await startCrmServer()
  store = srv.running.services.store!
  await addStaff(srv, 'sam@stormpeak.test', 'supervisor', 'Sam')
  repId = (await addStaff(srv, 'rey@stormpeak.test', 'rep', '@Rey')).id
  supervisor = await tokenFor(srv, 'sam@stormpeak.test')

  await store.upsertVisitor({ id: 'v-1', displayName: 'Vera', at: T0 })
  const answered = await store.createRequest({
    visitorId: 'v-1',
    visitorName: 'Vera',
    channel: 'web',
    stationId: 'arm',
    returning: false,
    priority: 1000,
    at: T0,
  })
  await store.acceptRequest(answered.requestId, repId, T0 + 20_000)
  await store.endHandoff(answered.id, EVIL_OUTCOME, null, T0 + 300_000)
  await store.rateHandoff(answered.id, 5, null, T0 + 310_000)
  const missed = await store.createRequest({
    visitorId: 'v-1',
    visitorName: 'Vera',
    channel: 'kiosk',
    returning: true,
    priority: 1015,
    at: T0 + 600_000,
  })
  await store.markMissed(missed.requestId, T0 + 660_000)

  const lead = { kioskId: null, visitorId: 'v-1', interests: ['arm', 'drone'], consentAt: T0 }
  await store.saveLead({
    ...lead,
    id: 'lead-kiosk',
    name: '-2+3',
    company: '+SUM(A1:A9)',
    email: '@evil.example',
    phone: '+44 20 7946 0000',
    createdAt: T0,
  })
  await store.saveLead({
    ...lead,
    id: 'lead-rep',
    name: 'Zoë Ñandú, "the boss"',
    company: null,
    email: 'zoe@example.com',
    phone: null,
    createdAt: T0 + 60_000,
    takenBy: repId,
  })
})
afterAll(async () => {
  await srv.stop()
})

async function csv(path: string): Promise<Record<string, string>[]> {
  const res = await api(srv, path, supervisor)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z]+\.csv"$/)
  expect(res.headers.get('cache-control')).toBe('no-store')
  return parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[]
}

describe('CSV exports', () => {
  it('exports handoffs newest first with ISO times, the rep by name and outcomes defused', async () => {
    const rows = await csv('/api/crm/handoffs.csv')
    expect(rows.map((r) => r.status)).toEqual(['missed', 'ended'])
    const [, ended] = rows
    expect(Object.keys(ended)).toEqual([
      'id',
      'requestId',
      'visitorId',
      'repId',
      'repName',
      'status',
      'requestedAt',
      'acceptedAt',
      'endedAt',
      'outcome',
      'rating',
    ])
    expect(ended).toMatchObject({
      visitorId: 'v-1',
      repId,
      repName: "'@Rey",
      requestedAt: '2026-03-02T09:00:00.000Z',
      acceptedAt: '2026-03-02T09:00:20.000Z',
      endedAt: '2026-03-02T09:05:00.000Z',
      outcome: `'${EVIL_OUTCOME}`,
      rating: '5',
    })
    expect(rows[0]).toMatchObject({ repId: '', acceptedAt: '', rating: '' })
    expect(rows[0].requestedAt).toMatch(ISO)
  })

  it('exports leads with who took them, and no cell starts a formula', async () => {
    const rows = await csv('/api/crm/leads.csv')
    expect(rows.map((r) => r.id)).toEqual(['lead-rep', 'lead-kiosk'])
    const [byRep, atKiosk] = rows
    expect(byRep).toMatchObject({
      name: 'Zoë Ñandú, "the boss"',
      email: 'zoe@example.com',
      interests: 'arm; drone',
      source: 'rep',
      takenBy: repId,
      takenByName: "'@Rey",
      createdAt: '2026-03-02T09:01:00.000Z',
      consentAt: '2026-03-02T09:00:00.000Z',
    })
    expect(atKiosk).toMatchObject({
      name: "'-2+3",
      company: "'+SUM(A1:A9)",
      email: "'@evil.example",
      phone: "'+44 20 7946 0000",
      source: 'kiosk',
      takenBy: '',
    })
    for (const row of [...rows, ...(await csv('/api/crm/handoffs.csv'))]) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    }
  })

  it('answers only supervisors', async () => {
    const rep = await tokenFor(srv, 'rey@stormpeak.test')
    for (const path of ['/api/crm/handoffs.csv', '/api/crm/leads.csv']) {
      expect((await api(srv, path)).status).toBe(401)
      expect((await api(srv, path, rep)).status).toBe(403)
    }
  })
})
