import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Logger } from '../../../server/logger'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { addStaff, api, tokenFor } from './helpers'

const errors: { msg: string; extra?: object }[] = []
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (msg, extra) => errors.push({ msg, extra }),
}

let srv: CrmServer
let token: string
beforeAll(async () => {
  srv = await startCrmServer({ logger })
  await addStaff(srv, 'ivy@stormpeak.example', 'rep', 'Ivy')
  token = await tokenFor(srv, 'ivy@stormpeak.example')
})
afterAll(async () => {
  await srv.stop()
})

describe('a failing store', () => {
  it('answers 500 with a JSON error, logs it and keeps serving', async () => {
    const store = srv.running.services.store!
    const listHandoffs = store.listHandoffs
    store.listHandoffs = async () => {
      throw new Error('disk on fire')
    }
    try {
      const res = await api(srv, '/api/crm/handoffs', token)
      expect(res.status).toBe(500)
      const body = await res.json()
      expect(body).toEqual({ error: expect.any(String) })
      expect(body.error).not.toMatch(/disk on fire/)
      expect(errors).toContainEqual({
        msg: 'http route failed',
        extra: expect.objectContaining({ error: 'disk on fire', path: '/api/crm/handoffs' }),
      })
    } finally {
      store.listHandoffs = listHandoffs
    }
    expect((await api(srv, '/api/crm/handoffs', token)).status).toBe(200)
  })

  it('still serves /metrics, with the CRM marked down', async () => {
    const store = srv.running.services.store!
    const listWaiting = store.listWaiting
    store.listWaiting = async () => {
      throw new Error('disk on fire')
    }
    try {
      const text = await (await fetch(`${srv.url}/metrics`)).text()
      expect(text).toMatch(/^stormpeak_crm_up 0$/m)
      expect(text).not.toMatch(/stormpeak_handoffs_waiting/)
    } finally {
      store.listWaiting = listWaiting
    }
  })

  it('reports the CRM down on /healthz with a 503, and up again once it answers', async () => {
    const healthy = await fetch(`${srv.url}/healthz`)
    expect(healthy.status).toBe(200)
    expect(await healthy.json()).toMatchObject({ status: 'ok', crm: 'up' })
    const store = srv.running.services.store!
    const listWaiting = store.listWaiting
    store.listWaiting = async () => {
      throw new Error('The SQLite store is unavailable: the SQLite worker exited (code 1).')
    }
    try {
      const res = await fetch(`${srv.url}/healthz`)
      expect(res.status).toBe(503)
      expect(await res.json()).toMatchObject({ status: 'degraded', crm: 'down' })
    } finally {
      store.listWaiting = listWaiting
    }
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200)
  })

  it('counts a store that stops answering as down, and still answers /healthz', async () => {
    const store = srv.running.services.store!
    const listWaiting = store.listWaiting
    store.listWaiting = () => new Promise(() => undefined) // a database that never replies
    try {
      const res = await fetch(`${srv.url}/healthz`)
      expect(res.status).toBe(503)
      expect(await res.json()).toMatchObject({ crm: 'down' })
    } finally {
      store.listWaiting = listWaiting
    }
  })
})
