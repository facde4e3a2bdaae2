/**
 * The server's clock as this client knows it. `welcome` carries the server's time; the offset to
 * our own clock lets a client that arrives mid-turn place a running demo where everyone else sees
 * it. The one-way network delay is not corrected: a few milliseconds behind is fine for a robot
 * animation and a countdown in whole seconds.
 */
let offsetMs = 0

export const serverClock = {
  /** Takes `welcome.serverTime` as it arrives. */
  sync(serverTime: number, localNow = Date.now()): void {
    if (Number.isFinite(serverTime)) offsetMs = serverTime - localNow
  },
  /** Now, on the server's clock (epoch ms). */
  now(): number {
    return Date.now() + offsetMs
  },
}
