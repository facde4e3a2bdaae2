import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isOperatorAddress } from '../../../server/http/metrics'
import { startCrmServer, type CrmServer } from '../../support/crmServer'

let srv: CrmServer
beforeAll(async () => {
  srv = await startCrmServer()
  await srv.running.services.store!.createRequest({
    visitorId: 'visitor-waiting',
    visitorName: 'Wes',
    channel: 'web',
    returning: false,
    priority: 0,
    at: Date.now(),
  })
})
afterAll(async () => {
  await srv.stop()
})

describe('GET /metrics', () => {
  it('serves Prometheus text to the local machine', async () => {
    const res = await fetch(`${srv.url}/metrics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await res.text()
    expect(text).toMatch(/^# TYPE stormpeak_uptime_seconds gauge$/m)
    expect(text).toMatch(/^# HELP stormpeak_rooms .+$/m)
    expect(text).toMatch(/^stormpeak_clients 0$/m)
    expect(text).toMatch(/^stormpeak_record_queue_pending \d+$/m)
    expect(text).toMatch(/^stormpeak_handoffs_waiting 1$/m)
    expect(text).toMatch(/^stormpeak_crm_up 1$/m)
    // Every sample line is `name value` under its own HELP and TYPE.
    for (const line of text.trim().split('\n')) {
      expect(line).toMatch(/^(# (HELP|TYPE) [a-z_]+ .+|[a-z_]+ -?\d+(\.\d+)?)$/)
    }
  })

  it('counts the loopback and private ranges as the operator network, nothing else', () => {
    const inside = [
      '127.0.0.1',
      '::1',
      '::ffff:127.0.0.1',
      '10.1.2.3',
      '172.16.0.9',
      '172.31.255.1',
    ]
    const more = ['192.168.1.20', 'fd12:3456::1', 'fc00::1', '::ffff:192.168.0.4']
    for (const ip of [...inside, ...more]) expect(isOperatorAddress(ip), ip).toBe(true)
    const outside = ['8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:db8::1', '::ffff:8.8.8.8']
    for (const ip of [...outside, 'not-an-ip', '', undefined]) {
      expect(isOperatorAddress(ip), String(ip)).toBe(false)
    }
  })
})
