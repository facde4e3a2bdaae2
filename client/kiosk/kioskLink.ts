/**
 * The kiosk never gives up: it joins with its kiosk token and, whenever the room is lost (the
 * server restarting, the network gone), tries again with backoff, forever. Only a refusal (the
 * kiosk was revoked) stops it, with the reason on screen.
 */
import { connect } from '../net/connection'
import { showroomActions } from '../net/store'

const FIRST_RETRY_MS = 1000
const MAX_RETRY_MS = 30_000

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function keepKioskOnline(kioskToken: string, stopped: () => boolean): Promise<void> {
  let delay = FIRST_RETRY_MS
  while (!stopped()) {
    try {
      const room = await connect({ channel: 'kiosk', kioskToken })
      delay = FIRST_RETRY_MS
      await new Promise<void>((resolve) => room.onLeave(() => resolve()))
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      if (/not registered/i.test(message)) return // revoked: the refusal stays on screen
    }
    if (stopped()) return
    showroomActions.setStatus('reconnecting', 'Offline: this screen reconnects by itself…')
    await sleep(delay)
    delay = Math.min(MAX_RETRY_MS, delay * 2)
  }
}
