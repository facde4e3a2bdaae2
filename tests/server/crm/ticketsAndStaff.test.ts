import { expect, it } from 'vitest'
import { DuplicateEmailError, type CrmStore } from '../../../server/crm'
import { forEachAdapter, useDatabases } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')
const MINUTE = 60_000

forEachAdapter('tickets and staff', (adapter) => {
  const fresh = useDatabases(adapter)
  let store: CrmStore
  const open = async () => (store = await fresh().open())

  it('keeps messages and call-backs open, oldest due first, until resolved', async () => {
    await open()
    const base = { kind: 'message', name: 'Ann', text: 'Call me', consent: true, at: T0 } as const
    const late = await store.createTicket({ ...base, dueAt: T0 + 60 * MINUTE })
    const soon = await store.createTicket({
      ...base,
      kind: 'callback',
      phone: '+41 79 000 00 00',
      visitorId: 'v-1',
      dueAt: T0 + 10 * MINUTE,
    })
    const noConsent = await store.createTicket({
      ...base,
      consent: false,
      email: 'a@b.c',
      dueAt: T0,
    })
    expect(noConsent.email).toBeNull()
    expect((await store.listTickets({ status: 'open' })).map((t) => t.id)).toEqual([
      noConsent.id,
      soon.id,
      late.id,
    ])
    expect(
      await store.replyTicket(soon.id, { staffId: 's-1', text: 'Called', at: T0 + MINUTE }),
    ).toBe(true)
    expect(await store.replyTicket('nope', { staffId: 's-1', text: '?', at: T0 })).toBe(false)
    expect(await store.resolveTicket(soon.id, 's-1', T0 + 2 * MINUTE)).toBe(true)
    expect(await store.resolveTicket(soon.id, 's-1', T0 + 3 * MINUTE)).toBe(false)
    expect(await store.getTicket(soon.id)).toMatchObject({
      status: 'resolved',
      resolvedBy: 's-1',
      resolvedAt: T0 + 2 * MINUTE,
      replies: [{ staffId: 's-1', text: 'Called', at: T0 + MINUTE }],
    })
    expect((await store.listTickets({ status: 'open' })).map((t) => t.id)).toEqual([
      noConsent.id,
      late.id,
    ])
  })

  it('keeps staff emails unique regardless of case and never lists the hash', async () => {
    await open()
    const input = {
      email: 'Rep@StormPeak.test',
      name: 'Rita',
      role: 'rep',
      passwordHash: 'h',
      at: T0,
    } as const
    const rep = await store.createStaff(input)
    expect(rep.email).toBe('rep@stormpeak.test')
    await expect(
      store.createStaff({ ...input, email: 'rep@stormpeak.TEST' }),
    ).rejects.toBeInstanceOf(DuplicateEmailError)
    expect(await store.listStaff()).toEqual([rep])
    expect(JSON.stringify(await store.listStaff())).not.toContain('passwordHash')
    expect((await store.getStaffByEmail(' REP@stormpeak.test'))?.passwordHash).toBe('h')
    expect(await store.setStaffPassword(rep.id, 'h2')).toBe(true)
    expect(await store.deactivateStaff(rep.id)).toBe(true)
    expect(await store.getStaffByEmail(rep.email)).toMatchObject({
      active: false,
      passwordHash: 'h2',
    })
  })

  it('logs staff status changes in time order', async () => {
    await open()
    await store.appendStaffStatus('s-1', 'available', T0)
    await store.appendStaffStatus('s-2', 'available', T0 + MINUTE)
    await store.appendStaffStatus('s-1', 'busy', T0 + 2 * MINUTE)
    expect(await store.listStaffStatus({ staffId: 's-1' })).toEqual([
      { staffId: 's-1', state: 'available', at: T0 },
      { staffId: 's-1', state: 'busy', at: T0 + 2 * MINUTE },
    ])
    expect(await store.listStaffStatus({ since: T0 + MINUTE })).toHaveLength(2)
  })
})
