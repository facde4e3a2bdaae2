import { expect, it } from 'vitest'
import type { CrmStore } from '../../../server/crm'
import { forEachAdapter, useDatabases } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')
const SECRET_WORDS = [
  'Ann Smith',
  'ann@example.com',
  '+41 79 123',
  'Acme',
  'budget 2M',
  'cobot for my bakery',
]

/** A visitor who left a trace in every table, and a bystander who must be left alone. */
async function seed(store: CrmStore) {
  await store.upsertVisitor({ id: 'v-ann', displayName: 'Ann Smith', at: T0 })
  await store.saveContact('v-ann', {
    email: 'ann@example.com',
    phone: '+41 79 123',
    company: 'Acme',
    consentAt: T0,
  })
  await store.upsertVisitor({ id: 'v-bob', displayName: 'Bob', at: T0 })
  const visit = await store.startVisit({
    visitorId: 'v-ann',
    channel: 'web',
    device: 'desktop',
    at: T0,
  })
  await store.recordDwell({
    visitId: visit.id,
    visitorId: 'v-ann',
    stationId: 'cobot',
    enteredAt: T0,
    dwellMs: 3000,
    tries: 1,
  })
  const summon = {
    visitorName: 'Ann Smith',
    channel: 'web',
    returning: false,
    priority: 0,
    at: T0,
  } as const
  const h = await store.createRequest({
    ...summon,
    visitorId: 'v-ann',
    topic: 'cobot for my bakery',
  })
  const bob = await store.createRequest({ ...summon, visitorId: 'v-bob', visitorName: 'Bob' })
  await store.acceptRequest(h.requestId, 'rep-1', T0 + 1000)
  await store.appendTranscript({
    handoffId: h.id,
    from: 'visitor',
    text: 'cobot for my bakery',
    at: T0 + 2000,
  })
  await store.appendTranscript({
    handoffId: h.id,
    from: 'rep',
    text: 'Hi Ann Smith',
    at: T0 + 3000,
  })
  await store.endHandoff(h.id, 'quote-sent', 'budget 2M', T0 + 60_000)
  await store.rateHandoff(h.id, 5, 'Ann Smith says thanks', T0 + 61_000)
  const ticket = await store.createTicket({
    requestId: h.requestId,
    kind: 'callback',
    name: 'Ann Smith',
    phone: '+41 79 123',
    text: 'budget 2M',
    consent: true,
    at: T0,
    dueAt: T0 + 3_600_000,
  })
  await store.replyTicket(ticket.id, { staffId: 's-1', text: 'Called Ann Smith', at: T0 + 5000 })
  return { handoff: h, bob, ticket, visit }
}

forEachAdapter('export and erase', (adapter) => {
  const fresh = useDatabases(adapter)

  it('exports everything held about a visitor, from every table', async () => {
    const store = await fresh().open()
    const { handoff, ticket, visit } = await seed(store)
    const data = await store.exportVisitor('v-ann', T0 + 100_000)
    expect(data?.visitor).toMatchObject({
      displayName: 'Ann Smith',
      email: 'ann@example.com',
      firstSeenAt: '2025-06-01T10:00:00.000Z',
    })
    expect(data?.visits).toMatchObject([{ id: visit.id, startedAt: '2025-06-01T10:00:00.000Z' }])
    expect(data?.stationDwells).toMatchObject([{ stationId: 'cobot', dwellMs: 3000, tries: 1 }])
    expect(data?.handoffs).toMatchObject([{ id: handoff.id, notes: 'budget 2M', rating: 5 }])
    expect(data?.transcripts.map((l) => l.text)).toEqual(['cobot for my bakery', 'Hi Ann Smith'])
    expect(data?.tickets).toMatchObject([
      { id: ticket.id, replies: [{ text: 'Called Ann Smith' }] },
    ])
    expect(JSON.stringify(data)).not.toContain('Bob')
    expect(await store.exportVisitor('v-nobody', T0)).toBeNull()
  })

  it('erases personal data but keeps the anonymous rows that reports count', async () => {
    const store = await fresh().open()
    const { handoff, bob } = await seed(store)
    expect(await store.eraseVisitor('v-ann')).toBe(true)
    const data = await store.exportVisitor('v-ann', T0 + 100_000)
    const text = JSON.stringify(data)
    for (const word of SECRET_WORDS) expect(text).not.toContain(word)
    expect(data?.visitor).toMatchObject({
      displayName: 'erased',
      email: null,
      phone: null,
      company: null,
    })
    expect(data?.visits).toHaveLength(1)
    expect(data?.stationDwells).toMatchObject([{ dwellMs: 3000 }])
    expect(data?.handoffs).toMatchObject([
      { status: 'ended', rating: 5, waitMs: 1000, outcome: 'quote-sent' },
    ])
    expect(data?.transcripts).toHaveLength(2)
    expect(data?.tickets).toMatchObject([{ name: 'erased', phone: null, text: '' }])
    expect(await store.getHandoff(bob.id)).toMatchObject({ visitorName: 'Bob' })
    expect((await store.listHandoffs()).map((h) => h.id)).toContain(handoff.id)
    expect(await store.eraseVisitor('v-nobody')).toBe(false)
  })
})
