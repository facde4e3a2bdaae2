/**
 * The kiosk at both screen shapes: attract → start → summon → lead form → reset, after which no
 * personal data is left in the page or the browser's storage; and a lead submitted while the
 * server is down arrives exactly once after it restarts.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signKioskToken } from '../../server/auth/tokens'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { eventually } from '../support/server'
import { CLIENT_DIR } from './support/app'
import { browserSkipReason, launch, screenshot, waitForShowroom } from './support/browser'

async function registerKiosk(srv: CrmServer, booth: string): Promise<string> {
  const { store, secret } = srv.running.services
  const kiosk = await store!.createKiosk({
    name: `Screen ${booth}`,
    booth,
    createdBy: 'e2e',
    at: Date.now(),
  })
  return signKioskToken(secret!, kiosk.id, Date.now())
}

/** Everything the browser still holds: storage keys and the lead outbox. */
function leftovers(page: Page) {
  return page.evaluate(async () => {
    const outbox = await new Promise<number>((resolve) => {
      const req = indexedDB.open('stormpeak-kiosk', 1)
      req.onupgradeneeded = () => req.result.createObjectStore('outbox', { keyPath: 'id' })
      req.onsuccess = () => {
        const count = req.result.transaction('outbox').objectStore('outbox').count()
        count.onsuccess = () => resolve(count.result)
      }
    })
    return { local: Object.keys(localStorage), session: Object.keys(sessionStorage), outbox }
  })
}

async function fillLead(page: Page, name: string, email: string) {
  await page.getByRole('button', { name: 'Leave your details' }).click()
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Company').fill('Acme Robotics')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel(/may\s+contact me/).check()
}

describe.skipIf(!!browserSkipReason)('the kiosk', () => {
  let srv: CrmServer
  let browser: Browser
  beforeAll(async () => {
    srv = await startCrmServer({}, { clientDir: CLIENT_DIR })
    browser = await launch()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await srv?.stop()
  })

  for (const [shape, width, height] of [
    ['landscape', 1920, 1080],
    ['portrait', 1080, 1920],
  ] as const) {
    it(`attracts, serves and forgets a visitor (${shape})`, async () => {
      const token = await registerKiosk(srv, shape)
      const context = await browser.newContext({ viewport: { width, height }, hasTouch: true })
      const page = await context.newPage()
      await page.goto(`${srv.url}/kiosk?token=${encodeURIComponent(token)}`)
      await waitForShowroom(page, 90_000)
      const start = page.getByRole('button', { name: 'Touch to start' })
      await start.waitFor()
      await screenshot(page, `kiosk-attract-${shape}`)
      await start.click()

      await page.getByRole('button', { name: 'Talk to a person', exact: true }).click()
      await page
        .getByText('Nobody from StormPeak is on hand right now.')
        .waitFor({ timeout: 15_000 })
      if (shape === 'landscape') await screenshot(page, 'kiosk-summon')
      await page.getByRole('button', { name: 'Keep waiting' }).click()
      const requests = await srv.running.services.store!.listWaiting()
      expect(requests.some((r) => r.channel === 'kiosk')).toBe(true)

      const email = `${shape}@example.com`
      await fillLead(page, `Lee ${shape}`, email)
      if (shape === 'landscape') await screenshot(page, 'kiosk-lead-form')
      await page.getByRole('button', { name: 'Save my details' }).click()
      await page.getByText('Your details are saved.').waitFor({ timeout: 15_000 })
      const leads = await srv.running.services.store!.listLeads()
      expect(leads.filter((l) => l.email === email)).toHaveLength(1)

      await page.getByRole('button', { name: 'Close' }).click()

      if (shape === 'landscape') {
        // Continue on your phone: the QR's one-time link opens the showroom as the same visitor.
        const made = page.waitForResponse((r) => r.url().endsWith('/api/kiosk/handover'))
        await page.getByRole('button', { name: 'Continue on your phone' }).click()
        const { url } = (await (await made).json()) as { url: string }
        await page.getByRole('img', { name: /QR code/ }).waitFor()
        await screenshot(page, 'kiosk-phone-qr')
        // The plain (2D) page keeps this light on a CPU already drawing the 1920×1080 kiosk.
        const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
        await phone.goto(`${srv.url}${url}&name=Lee&plain`)
        await phone.getByRole('button', { name: 'Talk to a person', exact: true }).waitFor()
        const visitorId = leads.find((l) => l.email === email)!.visitorId!
        // Visits are written by the record queue a moment after the join.
        await expect
          .poll(
            async () =>
              (await srv.running.services.store!.listVisits())
                .filter((v) => v.visitorId === visitorId)
                .map((v) => v.channel),
            { timeout: 15_000 },
          )
          .toContain('web')
        expect((await srv.running.services.store!.getVisitor(visitorId))?.returning).toBe(true)
        await phone.close()
        await page.getByRole('button', { name: 'Close' }).click()
      }
      await page.getByRole('button', { name: 'Done' }).click()
      await start.waitFor({ timeout: 30_000 })
      const text = await page.locator('body').innerText()
      expect(text).not.toContain(`Lee ${shape}`)
      expect(text).not.toContain(email)
      expect(await leftovers(page)).toEqual({
        local: ['stormpeak.kioskToken'],
        session: [],
        outbox: 0,
      })
      await context.close()
    }, 180_000)
  }

  it('keeps a lead made while the server is down and delivers it once', async () => {
    const token = await registerKiosk(srv, 'outage')
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${srv.url}/kiosk?token=${encodeURIComponent(token)}`)
    await waitForShowroom(page, 90_000)
    await page.getByRole('button', { name: 'Touch to start' }).click()
    await fillLead(page, 'Olu Outage', 'olu@example.com')

    const { port, dataDir } = srv
    await srv.stop() // the server goes away while the visitor presses save
    await page.getByRole('button', { name: 'Save my details' }).click()
    await page.getByText('kept on this screen').waitFor({ timeout: 15_000 })
    expect((await leftovers(page)).outbox).toBe(1)

    srv = await startCrmServer({}, { clientDir: CLIENT_DIR, dataDir, port })
    const store = srv.running.services.store!
    let count = 0
    await eventually(
      () => {
        void store
          .listLeads()
          .then((l) => (count = l.filter((x) => x.name === 'Olu Outage').length))
        return count === 1
      },
      30_000,
      'the lead to arrive',
    )
    await page.waitForTimeout(6000) // another retry cycle: still exactly one
    expect((await store.listLeads()).filter((x) => x.name === 'Olu Outage')).toHaveLength(1)
    expect((await leftovers(page)).outbox).toBe(0)
    await page.getByText('Offline').waitFor({ state: 'detached', timeout: 30_000 })
    await page.close()
  })
})
