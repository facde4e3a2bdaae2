/**
 * The rep's console in one browser context and a visitor in another: the visitor asks for a
 * person, the rep signs in at /staff, sees the request, accepts, they talk, the rep ends it with
 * an outcome, and the visitor's rating is recorded.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { PASSWORD, addStaff } from '../integration/http/helpers'
import { CLIENT_DIR } from './support/app'
import { browserSkipReason, launch, screenshot, waitForShowroom } from './support/browser'

describe.skipIf(!!browserSkipReason)('the rep console', () => {
  let srv: CrmServer
  let browser: Browser
  let rep: Page
  let visitor: Page
  const errors: string[] = []

  beforeAll(async () => {
    srv = await startCrmServer({}, { clientDir: CLIENT_DIR })
    await addStaff(srv, 'dana@stormpeak.test', 'rep', 'Dana')
    browser = await launch()
    rep = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
    visitor = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage()
    for (const page of [rep, visitor]) {
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      page.on('pageerror', (e) => errors.push(e.message))
    }
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await srv?.stop()
  })

  it('signs a rep in and makes them available', async () => {
    await rep.goto(`${srv.url}/staff`)
    await rep.getByLabel('Email').fill('dana@stormpeak.test')
    await rep.getByLabel('Password').fill('wrong password')
    await rep.getByRole('button', { name: 'Sign in' }).click()
    await rep.getByRole('alert').waitFor({ timeout: 10_000 })
    await rep.getByLabel('Password').fill(PASSWORD)
    await rep.getByRole('button', { name: 'Sign in' }).click()
    await rep.getByText('Nobody is waiting.').waitFor({ timeout: 15_000 })
    await rep.getByRole('radio', { name: 'Available' }).click()
    await rep.getByRole('radio', { name: 'Available', checked: true }).waitFor()
  })

  it('shows the visitor who asks, and accepting opens the conversation', async () => {
    await visitor.goto(`${srv.url}/?name=Vic`)
    await waitForShowroom(visitor)
    await visitor.getByRole('button', { name: 'Talk to a person', exact: true }).click()
    await rep.getByRole('button', { name: 'Accept Vic' }).click({ timeout: 20_000 })
    await rep.getByText('Talking with Vic').waitFor({ timeout: 15_000 })
    await visitor.getByText('Dana is here beside you').waitFor({ timeout: 15_000 })
  })

  it('carries the conversation both ways and ends it with an outcome and a rating', async () => {
    const greeting = 'Hello! I am here beside you. What would you like to see?'
    await rep.getByRole('button', { name: greeting }).click()
    await visitor.getByText(greeting).first().waitFor({ timeout: 10_000 })
    await visitor.getByLabel('Message to Dana').fill('A quote for two cobots, please.')
    await visitor.getByRole('button', { name: 'Send' }).last().click()
    await rep.getByText('A quote for two cobots, please.').waitFor({ timeout: 10_000 })
    await rep.getByLabel('Notes (private to staff)').fill('Two cobots, packaging line.')
    await rep.getByLabel('Outcome').selectOption('quote-requested')
    await screenshot(rep, 'rep-console')
    await rep.getByRole('button', { name: 'End conversation' }).click()
    await rep.getByText('Ended: Vic').waitFor({ timeout: 10_000 })

    await visitor.getByRole('radio', { name: '4 stars' }).click({ timeout: 15_000 })
    await visitor.getByRole('button', { name: 'Send rating' }).click()
    await visitor.getByText('Thank you!').waitFor({ timeout: 10_000 })
    const [handoff] = await srv.running.services.store!.listHandoffs()
    expect(handoff).toMatchObject({ status: 'ended', outcome: 'quote-requested', rating: 4 })
    const transcript = await srv.running.services.store!.getTranscript(handoff.id)
    expect(transcript.map((l) => l.text)).toEqual([greeting, 'A quote for two cobots, please.'])
    expect(errors.filter((e) => !e.includes('401'))).toEqual([])
  })
})
