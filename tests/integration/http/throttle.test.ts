import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { addStaff, login, PASSWORD } from './helpers'

// Its own server: the throttle also counts per address, and every test here comes from 127.0.0.1.
let srv: CrmServer
beforeAll(async () => {
  srv = await startCrmServer()
  await addStaff(srv, 'tess@stormpeak.example', 'rep', 'Tess')
})
afterAll(async () => {
  await srv.stop()
})

describe('login throttling', () => {
  it('answers 429 with Retry-After after repeated failures, even to the right password', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const res = await login(srv, { email: 'tess@stormpeak.example', password: `guess-${i}` })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses[5]).toBe(429)

    const right = await login(srv, { email: 'tess@stormpeak.example', password: PASSWORD })
    expect(right.status).toBe(429)
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await right.json()).toEqual({ error: expect.any(String) })
  })
})
