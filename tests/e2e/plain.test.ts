/**
 * A browser without WebGL still gets the showroom: the plain page lists every station with its
 * card, and *Talk to a person* works there (here nobody is on shift, so it offers a call-back).
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STATIONS } from '../../shared/showroom'
import { startCrmServer, type CrmServer } from '../support/crmServer'
import { CLIENT_DIR } from './support/app'
import { browserSkipReason, launch, screenshot, watchedPage } from './support/browser'

describe.skipIf(!!browserSkipReason)('the showroom without WebGL', () => {
  let srv: CrmServer
  let browser: Browser
  beforeAll(async () => {
    srv = await startCrmServer({}, { clientDir: CLIENT_DIR })
    browser = await launch(['--disable-3d-apis', '--disable-webgl'])
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await srv?.stop()
  })

  it('lists the stations with their cards and keeps Talk to a person working', async () => {
    const { page, consoleErrors } = await watchedPage(browser)
    await page.goto(`${srv.url}/?name=Lea`)
    await page.getByRole('heading', { name: 'Our robots' }).waitFor({ timeout: 30_000 })
    expect(await page.locator('canvas').count()).toBe(0)
    for (const station of STATIONS) {
      await page.getByRole('article').filter({ hasText: station.name }).first().waitFor()
    }
    await page.getByRole('button', { name: 'Talk to a person', exact: true }).click()
    await page.getByText('Nobody from StormPeak is on hand right now.').waitFor({ timeout: 15_000 })
    await screenshot(page, 'plain-showroom')
    expect(consoleErrors).toEqual([])
  })
})
