/**
 * Headless Chromium for the end-to-end tests (Debian's /usr/bin/chromium, never a downloaded
 * browser). Without a Chromium the browser tests skip with a printed reason, except under CI=true,
 * where a missing Chromium is a failure.
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core'

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
export const chromiumPath = CANDIDATES.find((p) => p && fs.existsSync(p))

export const browserSkipReason = chromiumPath
  ? undefined
  : 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)'

if (browserSkipReason) {
  if (process.env.CI) throw new Error(`CI=true but ${browserSkipReason}`)
  console.warn(`[e2e] skipping browser tests: ${browserSkipReason}`)
}

/** `extraArgs`: e.g. ['--disable-3d-apis'] for a browser without WebGL. */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--ignore-gpu-blocklist',
      ...extraArgs,
    ],
  })
}

export interface Watched {
  page: Page
  consoleErrors: string[]
  offsiteRequests: string[]
}

/** Opens a page that records console errors and blocks (and records) any request off this machine. */
export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 720 }) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const watched: Watched = { page, consoleErrors: [], offsiteRequests: [] }
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') watched.consoleErrors.push(msg.text())
  })
  page.on('pageerror', (err) => watched.consoleErrors.push(String(err)))
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue()
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue()
    watched.offsiteRequests.push(url.href)
    return route.abort()
  })
  return watched
}

/** Waits until the scene has drawn its first frame and the visitor is connected. */
export async function waitForShowroom(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const h = window.__stormpeak as { ready?: () => boolean } | undefined
      return !!h?.ready?.()
    },
    undefined,
    { timeout, polling: 250 },
  )
}

export const SCREENSHOT_DIR = path.resolve('docs/screenshots')

export async function screenshot(page: Page, name: string): Promise<Buffer> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  // A 1920×1080 software-WebGL page on a busy 2-core machine can take most of a minute per frame.
  return page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), timeout: 120_000 })
}

/**
 * The variance of the canvas's pixel brightness, computed in the page from a screenshot: a blank
 * (single-colour) canvas scores ~0.
 */
export async function canvasVariance(page: Page): Promise<number> {
  // A page screenshot clipped to the canvas: an element screenshot first waits for the element to
  // hold still over two animation frames, which software WebGL on a loaded machine may not draw
  // within the action timeout.
  const box = await page.locator('canvas').first().boundingBox()
  if (!box) throw new Error('no canvas on the page')
  const png = await page.screenshot({ clip: box, timeout: 120_000 })
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = img.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const { data } = ctx.getImageData(0, 0, c.width, c.height)
    let sum = 0
    let sumSq = 0
    const n = data.length / 4
    for (let i = 0; i < data.length; i += 4) {
      const v = (data[i] + data[i + 1] + data[i + 2]) / 3
      sum += v
      sumSq += v * v
    }
    const mean = sum / n
    return sumSq / n - mean * mean
  }, png.toString('base64'))
}
