/**
 * Three people in three browser contexts: a supervisor watching the dashboard, a visitor who asks
 * for a person, and the rep who answers. The supervisor's numbers, scoreboard and floor map must
 * follow what happened on the floor, on the page (not only in the API); a rep gets no
 * supervisor tabs, and the supervisor routes refuse a rep's token. The visitor's browser has no
 * WebGL (the plain showroom, same room, same summon panel): three browsers on two shared cores
 * stay responsive, and the 3D visitor's side of a summons is covered by staff and summon tests.
 */
import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { PASSWORD, addStaff, api, tokenFor } from '../integration/http/helpers'
import { CLIENT_DIR } from './support/app'
import { browserSkipReason, launch, screenshot } from './support/browser'

const REP = 'dana@stormpeak.test'
const SUPERVISOR = 'sue@stormpeak.test'
/** The dashboard polls every 5 s: a change shows within two polls. */
const DASHBOARD_MS = 15_000

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/staff`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** The value of one of today's tiles, e.g. "Summons" → "1". */
const tile = (page: Page, label: string) =>
  page
    .locator('.sv-tile')
    .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition')

async function waitForTile(page: Page, label: string, text: RegExp): Promise<void> {
  await expect
    .poll(async () => (await tile(page, label).textContent()) ?? '', { timeout: DASHBOARD_MS })
    .toMatch(text)
}

describe.skipIf(!!browserSkipReason)('the supervisor dashboard', () => {
  let srv: CrmServer
  let browser: Browser
  let plainBrowser: Browser
  let sup: Page
  let rep: Page
  let visitor: Page
  let summonsBefore = 0
  const errors: string[] = []

  beforeAll(async () => {
    srv = await startCrmServer({}, { clientDir: CLIENT_DIR })
    await addStaff(srv, REP, 'rep', 'Dana')
    await addStaff(srv, SUPERVISOR, 'supervisor', 'Sue')
    browser = await launch()
    plainBrowser = await launch(['--disable-3d-apis', '--disable-webgl'])
    const page = async (b: Browser, width: number, height: number) =>
      (await b.newContext({ viewport: { width, height } })).newPage()
    sup = await page(browser, 1440, 900)
    rep = await page(browser, 1280, 800)
    visitor = await page(plainBrowser, 1280, 720)
    for (const p of [sup, rep, visitor]) {
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      p.on('pageerror', (e) => errors.push(e.message))
    }
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await plainBrowser?.close()
    await srv?.stop()
  })

  it('refuses the supervisor routes to a rep, and shows a rep no supervisor tabs', async () => {
    const repToken = await tokenFor(srv, REP)
    const supToken = await tokenFor(srv, SUPERVISOR)
    for (const path of ['/api/supervisor/today', '/api/supervisor/scoreboard', '/api/staff']) {
      expect((await api(srv, path, repToken)).status, path).toBe(403)
      expect((await api(srv, path, supToken)).status, path).toBe(200)
    }
    expect((await api(srv, '/api/crm/leads.csv', repToken)).status).toBe(403)

    await signIn(rep, srv.url, REP)
    await rep.getByText('Nobody is waiting.').first().waitFor({ timeout: 15_000 })
    expect(await rep.getByRole('tab').count()).toBe(0)
    expect(await rep.getByRole('tablist').count()).toBe(0)
    await rep.getByRole('radio', { name: 'Available' }).click()
    await rep.getByRole('radio', { name: 'Available', checked: true }).waitFor()
  })

  it("signs the supervisor in to today's numbers", async () => {
    await signIn(sup, srv.url, SUPERVISOR)
    await sup.getByRole('tab', { name: 'Today', selected: true }).waitFor({ timeout: 15_000 })
    await tile(sup, 'Summons').waitFor({ timeout: DASHBOARD_MS })
    summonsBefore = Number.parseInt((await tile(sup, 'Summons').textContent()) ?? '', 10)
    expect(summonsBefore).toBe(0) // a fresh store
    await waitForTile(sup, 'Summons', /0 answered/)
    await waitForTile(sup, 'Satisfaction', /^—0 ratings$/)
    // Coverage is on every tab: Dana is available, the default minimum is one rep.
    await sup
      .getByRole('status')
      .filter({ hasText: /Covered: 1 rep available/ })
      .waitFor({
        timeout: DASHBOARD_MS,
      })
  })

  it('shows the visitor on the live floor map, highlighted while they wait', async () => {
    await visitor.goto(`${srv.url}/?name=Vic`)
    await visitor.getByRole('button', { name: 'Talk to a person', exact: true }).waitFor({
      timeout: 30_000,
    })
    await sup.getByRole('tab', { name: 'Floor' }).click()
    await sup.getByRole('img', { name: /Floor map: 1 visitor, 2 staff/ }).waitFor({
      timeout: 15_000,
    })

    await visitor.getByRole('button', { name: 'Talk to a person', exact: true }).click()
    const waiting = sup.getByRole('list', { name: 'Waiting for a rep, longest first' })
    await waiting.getByText('Vic').waitFor({ timeout: 15_000 })
    await sup.getByRole('img', { name: /1 waiting for a rep/ }).waitFor()
    await expect.poll(() => sup.locator('.map-avatar.is-visitor.is-waiting').count()).toBe(1)
    await screenshot(sup, 'supervisor-floor')
  })

  it('follows a conversation from the summons to the rating', async () => {
    await rep.getByRole('button', { name: 'Accept Vic' }).click({ timeout: 20_000 })
    await rep.getByText('Talking with Vic').first().waitFor({ timeout: 15_000 })
    await visitor.getByText('Dana is here beside you').waitFor({ timeout: 15_000 })

    const greeting = 'Hello! I am here beside you. What would you like to see?'
    await rep.getByRole('button', { name: greeting }).click()
    await visitor.getByText(greeting).first().waitFor({ timeout: 10_000 })
    await visitor.getByLabel('Message to Dana').fill('Can the Mate cobot work beside my team?')
    await visitor.getByRole('button', { name: 'Send' }).last().click()
    await rep
      .getByText('Can the Mate cobot work beside my team?')
      .first()
      .waitFor({ timeout: 10_000 })
    await rep.getByLabel('Outcome').selectOption('quote-requested')
    await screenshot(rep, 'rep-console')
    await rep.getByRole('button', { name: 'End conversation' }).click()
    await rep.getByText('Ended: Vic').first().waitFor({ timeout: 10_000 })

    await visitor.getByRole('radio', { name: '5 stars' }).click({ timeout: 15_000 })
    await visitor.getByRole('button', { name: 'Send rating' }).click()
    await visitor.getByText('Thank you!').waitFor({ timeout: 10_000 })
  })

  it("moves the supervisor's numbers and the scoreboard", async () => {
    await sup.getByRole('tab', { name: 'Today' }).click()
    await waitForTile(sup, 'Summons', new RegExp(`^${summonsBefore + 1}1 answered$`))
    await waitForTile(sup, 'Satisfaction', /^5\.0 \/ 51 rating$/)
    await waitForTile(sup, 'Missed', /^0$/)
    await screenshot(sup, 'supervisor-dashboard')

    await sup.getByRole('tab', { name: 'Reps' }).click()
    const dana = sup.getByRole('row', { name: /^Dana\b/ })
    await expect
      .poll(async () => (await dana.getByRole('cell').nth(1).textContent()) ?? '', {
        timeout: DASHBOARD_MS,
      })
      .toBe('1')
    expect(await dana.getByRole('cell').nth(4).textContent()).toBe('5.0 (1)')
    // Sortable: a click on Name sorts A→Z (Dana before Sue).
    await sup.getByRole('button', { name: 'Name' }).click()
    await sup
      .getByRole('columnheader', { name: 'Name' })
      .and(sup.locator('[aria-sort="ascending"]'))
      .waitFor()
    await screenshot(sup, 'supervisor-scoreboard')
  })

  it('edits a station card that visitors then read', async () => {
    await sup.getByRole('tab', { name: 'Content' }).click()
    await sup.getByRole('combobox', { name: /^Station/ }).selectOption('cobot')
    await sup.getByLabel('Price range').fill('€29,000–€34,000')
    await sup.getByRole('button', { name: 'Save card' }).click()
    await sup.getByText(/^Saved\./).waitFor({ timeout: 10_000 })
    // The visitor, still on the page, reads the new price without reloading.
    await visitor
      .getByRole('article', { name: /Mate/ })
      .getByText('€29,000–€34,000')
      .waitFor({ timeout: 15_000 })
  })

  it('creates an account, resets its password and deactivates it after a confirmation', async () => {
    await sup.getByRole('tab', { name: 'Staff' }).click()
    const form = sup.getByRole('form', { name: 'Add a person' })
    await form.getByLabel('Name').fill('Lee')
    await form.getByLabel('Email').fill('lee@stormpeak.test')
    await form.getByLabel('Role').selectOption('rep')
    await form.getByLabel('First password').fill('lee-first-password')
    await form.getByRole('button', { name: 'Create account' }).click()
    const lee = sup.getByRole('row', { name: /^Lee\b/ })
    await lee.waitFor({ timeout: 10_000 })

    await lee.getByRole('button', { name: 'Reset password of Lee' }).click()
    const reset = sup.getByRole('dialog', { name: "Reset Lee's password" })
    await reset.getByLabel(/New password/).fill('lee-second-password')
    await reset.getByRole('button', { name: 'Reset password' }).click()
    await sup.getByText("Lee's password was reset.").waitFor({ timeout: 10_000 })
    const login = await fetch(`${srv.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'lee@stormpeak.test', password: 'lee-second-password' }),
    })
    expect(login.status).toBe(200)

    await lee.getByRole('button', { name: 'Deactivate Lee' }).click()
    const confirm = sup.getByRole('dialog', { name: 'Deactivate Lee?' })
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await confirm.waitFor({ state: 'hidden' })
    const store = srv.running.services.store!
    expect((await store.getStaffByEmail('lee@stormpeak.test'))?.active).toBe(true)
    await lee.getByRole('button', { name: 'Deactivate Lee' }).click()
    await screenshot(sup, 'supervisor-confirm')
    await confirm.getByRole('button', { name: 'Deactivate' }).click()
    await lee.getByRole('cell', { name: 'deactivated' }).waitFor({ timeout: 10_000 })
    expect((await store.getStaffByEmail('lee@stormpeak.test'))?.active).toBe(false)
  })

  it('plans a shift and raises the coverage alert on every tab, naming who is away', async () => {
    await sup.getByRole('tab', { name: 'Shifts' }).click()
    await sup.getByRole('combobox', { name: /^Who/ }).selectOption({ label: 'Sue (supervisor)' })
    await sup.getByLabel('Start', { exact: true }).fill('00:00')
    await sup.getByLabel('End', { exact: true }).fill('23:59')
    await sup.getByRole('button', { name: 'Add shift' }).click()
    await sup.getByRole('row', { name: /^Sue 00:00 23:59/ }).waitFor({ timeout: 10_000 })

    await sup.getByLabel('Minimum reps available at any time').fill('2')
    await sup.getByRole('button', { name: 'Set minimum' }).click()
    const alert = sup.getByRole('alert').filter({ hasText: 'Below minimum' })
    await alert.waitFor({ timeout: DASHBOARD_MS })
    expect(await alert.textContent()).toBe(
      'Below minimum: 1 rep available, 2 needed. Scheduled but not available: Sue.',
    )
    await screenshot(sup, 'supervisor-shifts')
    await sup.getByRole('tab', { name: 'Floor' }).click()
    expect(await alert.isVisible()).toBe(true)
  })

  it('downloads the handoffs as CSV and erases the visitor after a confirmation', async () => {
    await sup.getByRole('tab', { name: 'Exports' }).click()
    const [download] = await Promise.all([
      sup.waitForEvent('download'),
      sup.getByRole('button', { name: 'Download handoffs (CSV)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('handoffs.csv')
    const csv = fs.readFileSync(await download.path(), 'utf8')
    expect(csv).toContain('quote-requested')

    const [handoff] = await srv.running.services.store!.listHandoffs()
    await sup.getByLabel('Visitor id').fill(handoff.visitorId)
    await sup.getByRole('button', { name: 'Erase…' }).click()
    const dialog = sup.getByRole('dialog', { name: 'Erase this visitor’s data?' })
    await dialog.getByRole('button', { name: 'Erase' }).click()
    await sup.getByText(`Erased visitor ${handoff.visitorId}'s personal data.`).waitFor({
      timeout: 10_000,
    })

    expect(errors.filter((e) => !/\b40[13]\b/.test(e))).toEqual([])
  })
})
