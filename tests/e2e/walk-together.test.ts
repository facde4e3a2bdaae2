import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../support/server'
import { startAppServer } from './support/app'
import {
  browserSkipReason,
  canvasVariance,
  launch,
  screenshot,
  waitForShowroom,
  watchedPage,
  type Watched,
} from './support/browser'
import { inPage, waitInPage } from './support/handle'

describe.skipIf(!!browserSkipReason)('two browsers in one showroom', () => {
  let srv: RunningServer
  let browser: Browser
  let ann: Watched
  let bob: Watched

  beforeAll(async () => {
    srv = await startAppServer()
    browser = await launch()
    ann = await watchedPage(browser)
    bob = await watchedPage(browser)
    await ann.page.goto(`${srv.url}/?name=Ann`)
    await bob.page.goto(`${srv.url}/?name=Bob`)
    await Promise.all([waitForShowroom(ann.page), waitForShowroom(bob.page)])
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await srv?.stop()
  })

  it(
    'loads with no console error, no request off this machine, and a drawn scene',
    {
      timeout: 240_000,
    },
    async () => {
      expect(ann.consoleErrors).toEqual([])
      expect(ann.offsiteRequests).toEqual([])
      expect(await canvasVariance(ann.page)).toBeGreaterThan(50)
      await screenshot(ann.page, 'lobby')
    },
  )

  it('shows each visitor the other one', async () => {
    await waitInPage(ann.page, (h) => Object.values(h.members()).some((m) => m.name === 'Bob'))
    const names = await inPage(bob.page, (h) =>
      Object.values(h.members())
        .map((m) => m.name)
        .sort(),
    )
    expect(names).toEqual(['Ann', 'Bob'])
  })

  it('lets Bob walk with the keyboard and Ann see him move', async () => {
    const before = (await inPage(ann.page, (h) => h.poseOf('Bob')))!
    // Hold W until Bob's own page has walked him a little (walking is frame-bound).
    const start = await inPage(bob.page, (h) => h.localPlayer())
    await bob.page.keyboard.down('KeyW')
    await waitInPage(
      bob.page,
      (h, s) => Math.hypot(h.localPlayer().x - s.x, h.localPlayer().z - s.z) > 0.4,
      start,
      60_000,
    )
    await bob.page.keyboard.up('KeyW')
    await waitInPage(
      ann.page,
      (h, b) => {
        const p = h.poseOf('Bob')
        return !!p && Math.hypot(p.x - b.x, p.z - b.z) > 0.3
      },
      before,
    )
    await screenshot(ann.page, 'two-visitors')
  })

  it('walks Ann to where she clicks on the floor', async () => {
    const start = await inPage(ann.page, (h) => h.localPlayer())
    // A clear spot two metres to her side, wherever the camera happens to look from.
    const target = { x: start.x + (start.x > 0 ? -2 : 2), z: start.z }
    const at = await inPage(ann.page, (h, t) => h.screenOf(t.x, t.z), target)
    await ann.page.mouse.click(at.x, at.y)
    await waitInPage(
      ann.page,
      (h, t) => {
        const p = h.localPlayer()
        return Math.hypot(p.x - t.x, p.z - t.z) < 0.6
      },
      target,
      30_000,
    )
  })

  it('carries a chat line from Ann to Bob', async () => {
    await ann.page.getByLabel('Message').fill('Hi Bob, seen the arm?')
    await ann.page.getByRole('button', { name: 'Send' }).click()
    await bob.page.getByText('Hi Bob, seen the arm?').waitFor({ timeout: 10_000 })
    expect(bob.consoleErrors).toEqual([])
    expect(bob.offsiteRequests).toEqual([])
  })
})
