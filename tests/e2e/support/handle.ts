/** Typed access to the page's window.__stormpeak debug handle (client/scene/DebugHandle.tsx). */
import type { Page } from 'playwright-core'

export interface Handle {
  members: () => Record<string, { name: string; role: string }>
  localPlayer: () => { x: number; z: number; ry: number }
  poseOf: (name: string) => { x: number; z: number } | undefined
  /** `frame` counts the frames drawn: a test waits on it, never on time. */
  renderInfo: () => { calls: number; triangles: number; frame: number }
  walkTo: (x: number, z: number) => void
  screenOf: (x: number, z: number) => { x: number; y: number }
  demos: () => Record<
    string,
    { running: boolean; driver: string; mode: string; startedAt: number } | undefined
  >
  demoTime: (stationId: string) => { t: number; serverNow: number; shared: boolean } | undefined
  tour: () => { stop: number; caption?: string } | undefined
  reducedMotion: () => boolean
  firstFrameMs: () => number | undefined
  avatarsOnScreen: () => number
  camera: () => { distance: number; yaw: number } | undefined
}

/** Runs `fn(handle, arg)` inside the page. `fn` must be self-contained (it is serialised). */
export function inPage<T, A = undefined>(
  page: Page,
  fn: (h: Handle, arg: A) => T,
  arg?: A,
): Promise<T> {
  return page.evaluate(
    ([src, a]) => {
      const f = (0, eval)(`(${src})`) as (h: unknown, a: unknown) => unknown
      return f(window.__stormpeak, a)
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>
}

/** Waits until `fn(handle, arg)` is truthy inside the page. */
export async function waitInPage<A = undefined>(
  page: Page,
  fn: (h: Handle, arg: A) => unknown,
  arg?: A,
  timeout = 15_000,
): Promise<void> {
  await page.waitForFunction(
    ([src, a]) => {
      const f = (0, eval)(`(${src})`) as (h: unknown, a: unknown) => unknown
      return !!window.__stormpeak && !!f(window.__stormpeak, a)
    },
    [fn.toString(), arg] as const,
    { timeout, polling: 100 },
  )
}
