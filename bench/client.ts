/**
 * `npm run bench:client`: builds the client, starts the real server, puts 50 bot visitors
 * (@colyseus/sdk) strolling in the lobby at walking pace (bench/bots.ts), opens the showroom in
 * headless Chromium and prints JSON: the visitor's first-load JavaScript (gzip, measured from the
 * responses the page received before its first frame) and every lazy chunk in the build, time to
 * first rendered frame, draw calls and triangles with the bots on screen, and frame times
 * (software rendering: a relative figure). Exits 1 when a budget fails.
 * Budgets: first load ≤ 450 kB gzip with no staff/kiosk code in it; ≤ 150 draw calls.
 * kB here are 1,000 bytes, as `vite build` prints them. BENCH_CLIENT_DIR sets where it builds.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { launch } from '../tests/e2e/support/browser'
import { startCrmServer } from '../tests/support/crmServer'
import { startWalkingBots } from './bots'
import { percentile, round } from './stats'

const BOTS = 50
const FIRST_LOAD_BUDGET_KB = 450
const DRAW_CALL_BUDGET = 150
/** Its own folder, so a bench never swaps dist/client under someone's running tests. */
const OUT_DIR = path.resolve(
  process.env.BENCH_CLIENT_DIR ?? path.join(os.tmpdir(), 'stormpeak-bench-client'),
)
/** The other front doors: their chunks must never be in the visitor's first load. */
const OTHER_DOORS = /^(StaffApp|KioskApp|Supervisor)/
const kB = (bytes: number) => round(bytes / 1000, 1)
const gzipKb = (buf: Buffer) => kB(gzipSync(buf).length)

type Handle = Record<string, (...a: never[]) => unknown>
const call = <T>(page: Page, fn: string) =>
  page.evaluate(`window.__stormpeak.${fn}()`) as Promise<T>

/**
 * Scripts the page fetched from the server until `isDone()`: path → gzip kB of the body. Worker
 * code a chunk turns into a blob: URL (troika's text worker) is in that chunk already.
 */
function watchScripts(page: Page, isDone: () => boolean) {
  const bodies: Promise<[string, number]>[] = []
  page.on('response', (res) => {
    if (isDone() || res.request().resourceType() !== 'script') return
    if (!res.url().startsWith('http')) return
    bodies.push(res.body().then((b) => [new URL(res.url()).pathname, gzipKb(b)]))
  })
  return async () => new Map(await Promise.all(bodies))
}

/** rAF deltas over `ms` (a string, not a function: tsx would add a helper the page lacks). */
const frameDeltas = (page: Page, ms: number) =>
  page.evaluate(`new Promise((resolve) => {
    const deltas = []
    let last = performance.now()
    const end = last + ${ms}
    const tick = (now) => {
      deltas.push(now - last)
      last = now
      if (now < end) requestAnimationFrame(tick)
      else resolve(deltas)
    }
    requestAnimationFrame(tick)
  })`) as Promise<number[]>

async function main() {
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } })
  const srv = await startCrmServer({ maxClientsPerRoom: BOTS + 10 }, { clientDir: OUT_DIR })
  const bots = await startWalkingBots(srv.url, BOTS)

  const browser = await launch()
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  let firstFrame = false
  const loaded = watchScripts(page, () => firstFrame)
  await page.goto(`${srv.url}/?name=Bench`)
  await page.waitForFunction('window.__stormpeak?.ready?.()', undefined, {
    timeout: 120_000,
    polling: 50,
  })
  firstFrame = true
  const timeToFirstFrameMs = round((await call<number>(page, 'firstFrameMs')) ?? NaN, 0)
  const firstLoad = await loaded()

  // Every bot in the room and on screen (they stroll in from the entrance), then measure.
  await page.waitForFunction(
    (n) => ((window.__stormpeak as unknown as Handle).avatarsOnScreen() as number) >= n,
    BOTS + 1,
    { timeout: 90_000, polling: 250 },
  )
  await page.waitForTimeout(2000) // every avatar's name tag and instance settled
  let drawCalls = 0
  let triangles = 0
  let onScreen = BOTS + 1
  for (let i = 0; i < 8; i++) {
    const info = await call<{ calls: number; triangles: number }>(page, 'renderInfo')
    drawCalls = Math.max(drawCalls, info.calls)
    triangles = Math.max(triangles, info.triangles)
    onScreen = Math.min(onScreen, await call<number>(page, 'avatarsOnScreen'))
    await page.waitForTimeout(250)
  }
  const frames = await frameDeltas(page, 8000)
  await browser.close()
  const refused = bots.refused()
  await bots.stop()
  await srv.stop()

  const assets = path.join(OUT_DIR, 'assets')
  const chunks = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({
      file,
      gzipKb: gzipKb(fs.readFileSync(path.join(assets, file))),
      loadedBeforeFirstFrame: firstLoad.has(`/assets/${file}`),
    }))
  const firstLoadKb = round(
    [...firstLoad.values()].reduce((a, b) => a + b, 0),
    1,
  )
  const otherDoors = [...firstLoad.keys()].filter((p) => OTHER_DOORS.test(path.basename(p)))
  const result = {
    when: new Date().toISOString(),
    bots: BOTS,
    botMovesRefused: refused,
    avatarsOnScreen: onScreen,
    firstLoadJsGzipKb: firstLoadKb,
    firstLoadScripts: Object.fromEntries(firstLoad),
    chunks,
    timeToFirstFrameMs,
    drawCalls,
    triangles,
    frameTimeP50Ms: round(percentile(frames, 50), 1),
    frameTimeP95Ms: round(percentile(frames, 95), 1),
    budgets: {
      firstLoad: { limitKb: FIRST_LOAD_BUDGET_KB, pass: firstLoadKb <= FIRST_LOAD_BUDGET_KB },
      noStaffOrKioskCode: { loaded: otherDoors, pass: otherDoors.length === 0 },
      drawCalls: { limit: DRAW_CALL_BUDGET, pass: drawCalls <= DRAW_CALL_BUDGET },
    },
  }
  console.log(JSON.stringify(result, null, 2))
  process.exit(Object.values(result.budgets).every((b) => b.pass) ? 0 : 1)
}

await main()
