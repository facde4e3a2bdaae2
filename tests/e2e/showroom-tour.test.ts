/**
 * Touring the showroom in real browsers: walk up to a station and its card opens; start a demo
 * and a second visitor sees it running; every control reachable by keyboard and named; chat text
 * shown as text, and a chat flood gets a plain answer; take the guided tour and stop it with a key
 * or a tap; zoom and orbit the camera; a visitor arriving mid-turn sees the robot at the same
 * moment of its routine as the others; and the phone layout, walking with its touch joystick (and
 * prefers-reduced-motion, which the scene honours).
 */
import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STATIONS, TOUR } from '../../shared/showroom'
import type { RunningServer } from '../support/server'
import { startAppServer } from './support/app'
import {
  browserSkipReason,
  launch,
  screenshot,
  waitForShowroom,
  watchedPage,
  type Watched,
} from './support/browser'
import { inPage, waitInPage, type Handle } from './support/handle'

const ARM = STATIONS.find((s) => s.id === 'arm')!
/** The card's words come from the content the server reads at start, not from the client code. */
const CARDS = JSON.parse(fs.readFileSync('assets/content/stations.json', 'utf8')) as Record<
  string,
  { tagline: string; priceRange: string }
>
/** A spot in the lobby with Atlas-6 ahead, outside every station's interaction ring. */
const LOBBY_SPOT = { x: -9, z: 0.5 }
/** Controls a keyboard must reach; roles that must carry an accessible name. */
const FOCUSABLE = 'button, input, textarea, select, a[href], [tabindex]'
const UNNAMED = /^\s*- (button|textbox|radio|checkbox|combobox|link|slider|switch)(?: \[|:|$)/

describe.skipIf(!!browserSkipReason)('a tour of the showroom', () => {
  let srv: RunningServer
  let browser: Browser
  let ann: Watched
  let bob: Watched

  beforeAll(async () => {
    // Ann's demo turn must outlast a page reload on software WebGL (the mid-turn arrival test).
    srv = await startAppServer({ demoTurnMs: 10 * 60_000 })
    browser = await launch()
    ann = await watchedPage(browser)
    bob = await watchedPage(browser)
    await ann.page.goto(`${srv.url}/?name=Ann`)
    await bob.page.goto(`${srv.url}/?name=Bob`)
    // A shared 2-core machine draws two software-WebGL pages slowly: be patient with the first frame.
    await Promise.all([waitForShowroom(ann.page, 180_000), waitForShowroom(bob.page, 180_000)])
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    await srv?.stop()
  })

  // Walking is frame-bound, and software WebGL on a shared machine draws a few frames a second.
  it('opens the spec card when a visitor walks up to a station', { timeout: 180_000 }, async () => {
    // Bob comes along, to watch the demo in the next test (a demo turn lasts only 30 s).
    await inPage(bob.page, (h, at) => h.walkTo(at.x + 1, at.z), ARM.viewpoint)
    // Ann stops on the way, in the lobby with Atlas-6 ahead.
    await inPage(ann.page, (h, at) => h.walkTo(at.x, at.z), LOBBY_SPOT)
    const arrived = (h: Handle, at: { x: number; z: number }) =>
      Math.hypot(h.localPlayer().x - at.x, h.localPlayer().z - at.z) < 0.5
    await waitInPage(ann.page, arrived, LOBBY_SPOT, 90_000)
    await screenshot(ann.page, 'lobby-station')
    await inPage(ann.page, (h, at) => h.walkTo(at.x, at.z), ARM.viewpoint)
    const card = ann.page.getByRole('complementary', { name: `${ARM.name} spec card` })
    await card.waitFor({ timeout: 60_000 })
    await card.getByText('Price range:').waitFor()
    await card.getByText(CARDS.arm.tagline).waitFor()
    await card.getByText(CARDS.arm.priceRange).waitFor()
    await card.getByRole('button', { name: `Talk to a person about ${ARM.name}` }).waitFor()
    await screenshot(ann.page, 'station-card')
    await bob.page.getByRole('complementary', { name: `${ARM.name} spec card` }).waitFor({
      timeout: 60_000,
    })
  })

  it('runs a demo that a second visitor sees running', async () => {
    const card = ann.page.getByRole('complementary', { name: `${ARM.name} spec card` })
    await card.getByRole('button', { name: 'Pick the orange part' }).click()
    await ann.page.getByText('You are driving').waitFor({ timeout: 15_000 })
    // The demo is room state: Bob's client has it too, with Ann as the driver.
    await waitInPage(bob.page, (h) => h.demos().arm?.running && h.demos().arm?.driver === 'Ann')
    await bob.page.getByText('is driving the demo').waitFor({ timeout: 60_000 })
    await screenshot(bob.page, 'demo-running')
  })

  it('reaches every control with the keyboard, and names every control', async () => {
    const page = bob.page // the spec card is open, with its demo controls: most controls on show
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      await page.evaluate(() => document.activeElement?.setAttribute('data-tabbed', ''))
    }
    const missed = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((el) => el.checkVisibility() && !el.matches(':disabled'))
          .filter((el) => el.tabIndex >= 0 && !el.hasAttribute('data-tabbed'))
          .map((el) => el.outerHTML.slice(0, 120)),
      FOCUSABLE,
    )
    expect(missed).toEqual([])
    const tree = await page.locator('body').ariaSnapshot()
    expect(tree).toContain('button "Close the card"')
    expect(tree.split('\n').filter((line) => UNNAMED.test(line))).toEqual([])
  })

  it('shows a chat line as text, never as HTML', async () => {
    const line = '<b>bold</b> & <img src=x onerror="window.__xss=1">'
    await ann.page.getByRole('textbox', { name: 'Message' }).fill(line)
    await ann.page.getByRole('textbox', { name: 'Message' }).press('Enter')
    const chat = bob.page.getByRole('region', { name: 'Chat' })
    await chat.getByText(line, { exact: true }).waitFor({ timeout: 15_000 })
    expect(await chat.locator('b, img').count()).toBe(0)
    expect(await bob.page.evaluate(() => 'window.__xss' in window)).toBe(false)
  })

  it('asks a visitor who chats too fast to wait, and gives the line back', async () => {
    const page = ann.page
    const input = page.getByRole('textbox', { name: 'Message' })
    for (let i = 1; i <= 8; i++) {
      await input.fill(`Look at this arm, part ${i}`)
      await input.press('Enter')
    }
    await page.getByText('faster than people can read').first().waitFor({ timeout: 15_000 })
    await expect.poll(() => input.inputValue()).toMatch(/^Look at this arm, part \d$/)
    await input.fill('')
  })

  it(
    'takes the guided tour with captions, and any key stops it',
    { timeout: 240_000 },
    async () => {
      const page = bob.page
      await page.getByRole('button', { name: 'Take the tour' }).click()
      await page.getByText(`Stop 1 of ${TOUR.length}`).waitFor({ timeout: 15_000 })
      await page.getByText(TOUR[0].caption).waitFor({ timeout: 120_000 })
      await screenshot(page, 'tour')
      await page.locator('canvas').first().focus()
      await page.keyboard.press('KeyQ')
      await waitInPage(page, (h) => h.tour() === undefined)
      await page.getByRole('button', { name: 'Take the tour' }).click()
      await page.getByText(`Stop 1 of ${TOUR.length}`).waitFor({ timeout: 15_000 })
      // A tap anywhere on the 3D view stops it too: here high up, on the windows, not the floor.
      const view = (await page.locator('canvas').first().boundingBox())!
      await page.mouse.click(view.x + view.width / 2, view.y + view.height * 0.15)
      await waitInPage(page, (h) => h.tour() === undefined)
      await page.getByRole('button', { name: 'Take the tour' }).waitFor()
      expect(bob.consoleErrors).toEqual([])
      expect(ann.consoleErrors).toEqual([])
    },
  )

  it('zooms with the wheel and orbits with a drag', async () => {
    const page = bob.page
    const view = (await page.locator('canvas').first().boundingBox())!
    const [cx, cy] = [view.x + view.width / 2, view.y + view.height * 0.4]
    const before = (await inPage(page, (h) => h.camera()))!
    await page.mouse.move(cx, cy)
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200) // each notch: 5 % closer
    await waitInPage(page, (h, d) => h.camera()!.distance < d - 0.5, before.distance)
    await page.mouse.down()
    for (let i = 1; i <= 10; i++) await page.mouse.move(cx + i * 30, cy)
    await page.mouse.up()
    const turned = (h: Handle, yaw: number) => {
      const d = Math.abs(h.camera()!.yaw - yaw) % (2 * Math.PI)
      return Math.min(d, 2 * Math.PI - d) > 0.3
    }
    await waitInPage(page, turned, before.yaw)
    expect(bob.consoleErrors).toEqual([])
  })

  it(
    'shows a visitor who arrives mid-turn the robot where everyone else sees it',
    {
      timeout: 240_000,
    },
    async () => {
      // Bob reloads: a new visit, some minutes into Ann's turn (still running, it lasts 10 min).
      await bob.page.reload()
      await waitForShowroom(bob.page, 180_000)
      await waitInPage(bob.page, (h) => h.demos().arm?.running && h.demoTime('arm')?.shared)
      const started = await inPage(ann.page, (h) => h.demos().arm!.startedAt)
      expect(await inPage(bob.page, (h) => h.demos().arm!.startedAt)).toBe(started)
      // Read both robots' demo clocks, and carry Ann's to the moment Bob's was drawn (the pace is
      // the full demo pace this far into a turn). Before the shared clock Bob's robot started its
      // routine over at his arrival, minutes behind Ann's.
      const a = (await inPage(ann.page, (h) => h.demoTime('arm')))!
      const b = (await inPage(bob.page, (h) => h.demoTime('arm')))!
      expect(a.shared && b.shared).toBe(true)
      expect(a.t).toBeGreaterThan(30)
      expect(Math.abs(a.t + (b.serverNow - a.serverNow) / 1000 - b.t)).toBeLessThan(0.5)
      expect(bob.consoleErrors).toEqual([])
    },
  )

  it('fits a phone, walks with the touch joystick, and honours reduced motion', async () => {
    await Promise.all([ann.page.close(), bob.page.close()]) // keep the CPU for the phone
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      reducedMotion: 'reduce',
    })
    const page = await context.newPage()
    await page.goto(`${srv.url}/?name=Pia`)
    await waitForShowroom(page)
    expect(await inPage(page, (h) => h.reducedMotion())).toBe(true)
    await page.getByLabel('Walk: drag inside the ring').waitFor()
    await page.getByRole('button', { name: 'Talk to a person', exact: true }).waitFor()
    await screenshot(page, 'phone')
    // Push the stick forward and hold it: the avatar walks.
    const start = await inPage(page, (h) => h.localPlayer())
    const ring = (await page.getByLabel('Walk: drag inside the ring').boundingBox())!
    const [rx, ry] = [ring.x + ring.width / 2, ring.y + ring.height / 2]
    await page.mouse.move(rx, ry)
    await page.mouse.down()
    for (let i = 1; i <= 5; i++) await page.mouse.move(rx, ry - i * 8)
    const walked = (h: Handle, from: { x: number; z: number }) =>
      Math.hypot(h.localPlayer().x - from.x, h.localPlayer().z - from.z) > 0.5
    await waitInPage(page, walked, start, 30_000)
    await page.mouse.up()
    await context.close()
  })
})
