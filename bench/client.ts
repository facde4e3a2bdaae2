/**
 * `npm run bench:client`: builds the client, starts the real server, puts 50 bot avatars
 * (@colyseus/sdk) walking in the lobby, opens the showroom in headless Chromium and prints JSON:
 * the visitor's first-load JavaScript (gzip) and every lazy chunk, time to first rendered frame,
 * draw calls and triangles with the bots in view, and frame times (software rendering: relative).
 * Budgets: first load ≤ 450 kB gzip with no staff/kiosk code in it; ≤ 150 draw calls.
 */
import { Client, type Room } from '@colyseus/sdk'
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { launch } from '../tests/e2e/support/browser'
import { startCrmServer } from '../tests/support/crmServer'
import { percentile, round } from './stats'

const BOTS = 50
const FIRST_LOAD_BUDGET_KB = 450
const DRAW_CALL_BUDGET = 150
const OUT_DIR = path.resolve('dist/client')
const kb = (bytes: number) => round(bytes / 1024, 1)

function gzipKb(file: string): number {
  return kb(gzipSync(fs.readFileSync(file)).length)
}

/** Bots walk slow circles in the lobby, in front of a newcomer's camera. */
function walk(bots: Room[]): () => void {
  const started = performance.now()
  const timer = setInterval(() => {
    const t = (performance.now() - started) / 1000
    bots.forEach((bot, i) => {
      const cx = -9 + (i % 10) * 2
      const cz = -2 + Math.floor(i / 10) * 2
      const a = t * 0.8 + i
      bot.send('move', { x: cx + Math.cos(a) * 0.6, z: cz + Math.sin(a) * 0.6, ry: a })
    })
  }, 100)
  return () => clearInterval(timer)
}

async function main() {
  await build({ logLevel: 'warn' })
  const srv = await startCrmServer({ maxClientsPerRoom: BOTS + 10 }, { clientDir: OUT_DIR })
  const bots = await Promise.all(
    Array.from({ length: BOTS }, (_, i) =>
      new Client(srv.url).joinOrCreate('showroom', { name: `Bot ${i + 1}` }),
    ),
  )
  for (const bot of bots) bot.onMessage('*', () => undefined)
  const stopWalking = walk(bots)

  const browser = await launch()
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const scripts = new Set<string>()
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname)
  })
  const t0 = Date.now()
  await page.goto(`${srv.url}/?name=Bench`)
  await page.waitForFunction(
    () => (window.__stormpeak as { ready?: () => boolean } | undefined)?.ready?.(),
    undefined,
    { timeout: 120_000, polling: 50 },
  )
  const firstFrameMs = Date.now() - t0
  const loadedAtFirstFrame = [...scripts]
  await page.waitForFunction(
    (n) => Object.keys((window.__stormpeak as { members: () => object }).members()).length >= n,
    BOTS + 1,
    { timeout: 60_000 },
  )
  await page.waitForTimeout(3000) // let every avatar appear and the instancing settle

  const render = await page.evaluate(() =>
    (window.__stormpeak as { renderInfo: () => { calls: number; triangles: number } }).renderInfo(),
  )
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const deltas = []
    let last = performance.now()
    const end = last + 8000
    const tick = (now) => {
      deltas.push(now - last)
      last = now
      if (now < end) requestAnimationFrame(tick)
      else resolve(deltas)
    }
    requestAnimationFrame(tick)
  })`)) as number[]
  await browser.close()
  stopWalking()
  await Promise.all(bots.map((b) => b.leave()))
  await srv.stop()

  const assets = path.join(OUT_DIR, 'assets')
  const chunks = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({
      file: f,
      gzipKb: gzipKb(path.join(assets, f)),
      loadedByVisitor: loadedAtFirstFrame.includes(`/assets/${f}`),
    }))
  const firstLoadKb = round(
    chunks.filter((c) => c.loadedByVisitor).reduce((sum, c) => sum + c.gzipKb, 0),
    1,
  )
  const otherDoorsLoaded = chunks.filter(
    (c) => c.loadedByVisitor && /^(StaffApp|KioskApp|Supervisor)/.test(c.file),
  )
  const result = {
    when: new Date().toISOString(),
    bots: BOTS,
    firstLoadJsGzipKb: firstLoadKb,
    chunks,
    timeToFirstFrameMs: firstFrameMs,
    drawCalls: render.calls,
    triangles: render.triangles,
    frameTimeP50Ms: round(percentile(frames, 50), 1),
    frameTimeP95Ms: round(percentile(frames, 95), 1),
    budgets: {
      firstLoad: { limitKb: FIRST_LOAD_BUDGET_KB, pass: firstLoadKb <= FIRST_LOAD_BUDGET_KB },
      noStaffOrKioskCode: { pass: otherDoorsLoaded.length === 0 },
      drawCalls: { limit: DRAW_CALL_BUDGET, pass: render.calls <= DRAW_CALL_BUDGET },
    },
  }
  console.log(JSON.stringify(result, null, 2))
  process.exit(Object.values(result.budgets).every((b) => b.pass) ? 0 : 1)
}

await main()
