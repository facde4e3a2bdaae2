/**
 * *Talk to a person* in a real browser, with the rep played by an @colyseus/sdk client: the queue,
 * the rep's arrival, the private conversation, the rating; and, with nobody on shift, the
 * call-back form. What the page shows is checked against what the CRM recorded.
 */
import type { Room } from '@colyseus/sdk'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually, nextMessage } from '../support/server'
import { createStaff, joinAsStaff, type TestStaff } from '../support/staff'
import { CLIENT_DIR } from './support/app'
import { waitInPage } from './support/handle'
import {
  browserSkipReason,
  launch,
  screenshot,
  waitForShowroom,
  watchedPage,
  type Watched,
} from './support/browser'

type Requests = { requests: { requestId: string; visitorName: string }[] }
type Handoff = { handoffId: string; visitor: { sessionId: string } }

describe.skipIf(!!browserSkipReason)('talking to a person from the showroom', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  describe('with a rep on shift', () => {
    let srv: CrmServer
    let rep: TestStaff
    let repRoom: Room
    let visitor: Watched
    const lines: { text: string }[] = []
    let latest: Requests = { requests: [] }
    let handoffId = ''

    beforeAll(async () => {
      srv = await startCrmServer({}, { clientDir: CLIENT_DIR })
      rep = await createStaff(srv, 'rep', 'Dana')
      repRoom = await joinAsStaff(srv, rep)
      repRoom.onMessage('*', () => undefined)
      repRoom.onMessage('requests', (m: Requests) => (latest = m))
      repRoom.onMessage('chat', (m: { text: string }) => lines.push(m))
      repRoom.send('status', { state: 'available' })
      visitor = await watchedPage(browser)
      await visitor.page.goto(`${srv.url}/?name=Vera`)
      await waitForShowroom(visitor.page)
    }, 120_000)
    afterAll(async () => {
      await visitor?.page.close() // a page left open keeps rendering and slows the next one
      await repRoom?.leave()
      await srv?.stop()
    })

    it('queues the visitor and shows their place', async () => {
      const page = visitor.page
      await page.getByRole('button', { name: 'Talk to a person', exact: true }).click()
      const card = page.getByRole('region', { name: 'Waiting for a person' })
      await card.getByText('You are next').waitFor({ timeout: 15_000 })
      // A rep is available: an estimate, not "finding someone".
      await card.getByText(/About \d+ seconds|Any moment now/).waitFor()
      await card.getByRole('button', { name: 'Cancel my request for a person' }).waitFor()
      await page.getByRole('button', { name: 'Waiting for a person…' }).waitFor()
      await eventually(() => latest.requests.some((r) => r.visitorName === 'Vera'), 10_000)
      await screenshot(page, 'summon-waiting')
    })

    it('brings the rep and carries the private conversation both ways', async () => {
      const { requestId } = latest.requests.find((r) => r.visitorName === 'Vera')!
      const accepted = nextMessage<Handoff>(repRoom, 'handoff')
      repRoom.send('accept', { requestId })
      const { visitor: who, handoffId: id } = await accepted
      handoffId = id
      const page = visitor.page
      await page.getByText('Dana is here beside you').waitFor({ timeout: 15_000 })
      await page.getByRole('button', { name: 'Talking to Dana' }).waitFor()
      // Her avatar stands beside the visitor's (within a few metres).
      await waitInPage(page, (h) => {
        const me = h.localPlayer()
        const rep = h.poseOf('Dana')
        return !!rep && Math.hypot(rep.x - me.x, rep.z - me.z) < 3
      })

      repRoom.send('chat', { text: 'Hi Vera, what can I show you?', to: who.sessionId })
      await page.getByText('Hi Vera, what can I show you?').first().waitFor({ timeout: 10_000 })
      await page.getByLabel('Message to Dana').fill('The drone, please.')
      await page.getByRole('button', { name: 'Send' }).last().click()
      await eventually(() => lines.some((l) => l.text === 'The drone, please.'), 10_000)
      await screenshot(page, 'summon-conversation')
    })

    it('asks for a rating when the rep ends, and records it', async () => {
      repRoom.send('end-handoff', { handoffId, outcome: 'answered' })
      const page = visitor.page
      await page.getByText('How did Dana do?').waitFor({ timeout: 15_000 })
      // By keyboard: the stars are buttons, reachable and labelled.
      await page.getByRole('radio', { name: '5 stars' }).focus()
      await page.keyboard.press('Enter')
      await page.getByRole('radio', { name: '5 stars', checked: true }).waitFor()
      await page.getByLabel('Comment (optional)').fill('Very helpful')
      await screenshot(page, 'summon-rating')
      await page.getByRole('button', { name: 'Send rating' }).click()
      await page.getByText('Thank you!').waitFor({ timeout: 10_000 })

      const res = await fetch(`${srv.url}/api/crm/handoffs`, {
        headers: { authorization: `Bearer ${rep.token}` },
      })
      const { handoffs: listed } = (await res.json()) as {
        handoffs: { id: string; status: string; outcome: string; rating: number }[]
      }
      expect(listed.find((h) => h.id === handoffId)).toMatchObject({
        status: 'ended',
        outcome: 'answered',
        rating: 5,
      })
      expect(visitor.consoleErrors).toEqual([])
      expect(visitor.offsiteRequests).toEqual([])
    })
  })

  describe('with nobody on shift', () => {
    let srv: CrmServer
    beforeAll(async () => {
      srv = await startCrmServer({}, { clientDir: CLIENT_DIR })
    })
    afterAll(async () => {
      await srv?.stop()
    })

    it('offers a call-back and saves it', async () => {
      const { page } = await watchedPage(browser)
      await page.goto(`${srv.url}/?name=Noor`)
      await waitForShowroom(page)
      await page.getByRole('button', { name: 'Talk to a person', exact: true }).click()
      await page
        .getByText('Nobody from StormPeak is on hand right now.')
        .waitFor({ timeout: 15_000 })
      await expect(page.getByLabel('Your name').inputValue()).resolves.toBe('Noor')
      await page.getByLabel('Email').fill('noor@example.com')
      await page.getByLabel('Your message').fill('Please call me about the cobot.')
      await page.getByLabel(/may keep these details/).check()
      await screenshot(page, 'summon-callback')
      await page.getByRole('button', { name: 'Call me back' }).last().click()
      await page.getByText('We will call you back').waitFor({ timeout: 10_000 })
      const tickets = await srv.running.services.store!.listTickets()
      expect(tickets).toHaveLength(1)
      expect(tickets[0]).toMatchObject({
        kind: 'callback',
        name: 'Noor',
        email: 'noor@example.com',
        consent: true,
      })
      expect(tickets[0].requestId).not.toBeNull() // tied to the summon nobody could answer
    })
  })
})
