/** Tickets over HTTP: what a visitor left when nobody could come, seen, answered and resolved by staff. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../../support/crmServer'
import { nextMessage } from '../../support/server'
import { ISO, addStaff, api, tokenFor } from './helpers'

let srv: CrmServer
let token: string
beforeAll(async () => {
  srv = await startCrmServer()
  await addStaff(srv, 'rey@stormpeak.test', 'rep', 'Rey')
  token = await tokenFor(srv, 'rey@stormpeak.test')
})
afterAll(async () => {
  await srv.stop()
})

const post = (path: string, body?: unknown, auth = token) =>
  fetch(`${srv.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

describe('/api/crm/tickets', () => {
  it('refuses callers without a staff token', async () => {
    expect((await api(srv, '/api/crm/tickets')).status).toBe(401)
    expect((await post('/api/crm/tickets/x/resolve', undefined, 'forged')).status).toBe(401)
  })

  it('lists a call-back request with its due time, records a reply, and resolves it', async () => {
    const visitor = await srv.client().joinOrCreate('showroom', { name: 'Tia' })
    visitor.onMessage('*', () => undefined)
    const saved = nextMessage<{ ticketId: string; dueAt: string }>(visitor, 'message-saved')
    visitor.send('leave-message', {
      kind: 'callback',
      name: 'Tia',
      phone: '+44 20 7946 0000',
      text: 'Call me about the drone',
      consent: true,
    })
    const { ticketId, dueAt } = await saved
    await visitor.leave()

    const open = (await (await api(srv, '/api/crm/tickets', token)).json()) as {
      tickets: { id: string; kind: string; dueAt: string; phone: string; status: string }[]
    }
    expect(open.tickets).toEqual([
      expect.objectContaining({ id: ticketId, kind: 'callback', dueAt, status: 'open' }),
    ])
    expect(open.tickets[0].dueAt).toMatch(ISO)

    expect((await post(`/api/crm/tickets/${ticketId}/reply`, { text: '' })).status).toBe(400)
    const replied = await post(`/api/crm/tickets/${ticketId}/reply`, { text: 'Calling at 3 pm.' })
    expect(replied.status).toBe(200)
    const { ticket } = (await replied.json()) as { ticket: { replies: { text: string }[] } }
    expect(ticket.replies.map((r) => r.text)).toEqual(['Calling at 3 pm.'])

    expect((await post(`/api/crm/tickets/${ticketId}/resolve`)).status).toBe(200)
    expect((await post(`/api/crm/tickets/${ticketId}/resolve`)).status).toBe(404)
    const after = (await (await api(srv, '/api/crm/tickets', token)).json()) as { tickets: [] }
    expect(after.tickets).toEqual([])
    const resolved = (await (await api(srv, '/api/crm/tickets?status=resolved', token)).json()) as {
      tickets: { id: string }[]
    }
    expect(resolved.tickets.map((t) => t.id)).toEqual([ticketId])
  })
})
