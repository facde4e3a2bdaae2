import { describe, expect, it } from 'vitest'
import { createIdentityService, signStaffToken } from '../../../server/auth'
import { openStore } from '../../../server/crm'
import { createLogger } from '../../../server/logger'

const NOW = Date.parse('2025-06-01T10:00:00.000Z')
const secret = new TextEncoder().encode('s'.repeat(32))

describe('the identity service the room uses', () => {
  it('recognises a returning browser only by a token it signed itself', async () => {
    const identity = createIdentityService({ secret, now: () => NOW })
    const first = await identity.visitor(undefined)
    expect(first.returning).toBe(false)
    const back = await identity.visitor(first.visitorToken)
    expect(back).toMatchObject({ visitorId: first.visitorId, returning: true })
    const bareId = await identity.visitor(first.visitorId)
    expect(bareId.returning).toBe(false)
    expect(bareId.visitorId).not.toBe(first.visitorId)
  })

  it('refuses the token of a staff account deactivated since it signed in', async () => {
    const store = await openStore({
      dataDir: '',
      sqliteFile: ':memory:',
      logger: createLogger('silent'),
    })
    const rep = await store.createStaff({
      email: 'r@x.test',
      name: 'Rita',
      role: 'rep',
      passwordHash: 'h',
      at: NOW,
    })
    const identity = createIdentityService({ secret, now: () => NOW + 1000, store })
    const token = await signStaffToken(secret, { staffId: rep.id, role: 'rep', name: 'Rita' }, NOW)
    expect(await identity.verifyStaff(token)).toEqual({
      staffId: rep.id,
      role: 'rep',
      name: 'Rita',
    })
    await store.deactivateStaff(rep.id)
    expect(await identity.verifyStaff(token)).toBeNull()
    await store.close()
  })
})
