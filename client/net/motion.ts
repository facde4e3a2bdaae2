/**
 * The motion buffer: timestamped poses per avatar, as patches bring them. Renderers sample it
 * each frame a little in the past (INTERP_DELAY_MS) and interpolate between the two snapshots
 * around that time, so avatars glide instead of stepping at the 20 Hz patch rate. Nothing in
 * React subscribes to it.
 */

/** Two patches at 20 Hz: enough to always have a snapshot on each side of the render time. */
export const INTERP_DELAY_MS = 100
/** The server's patch interval (Colyseus default, 20 Hz). */
const PATCH_MS = 50
/** Snapshots kept per avatar (about a second at 20 Hz). */
const HISTORY = 24

export interface Snapshot {
  t: number
  x: number
  z: number
  ry: number
}

export interface SampledPose {
  x: number
  z: number
  ry: number
  /** Metres per second at the sampled time: drives the walking animation. */
  speed: number
}

function lerpAngle(a: number, b: number, k: number): number {
  let d = b - a
  while (d > Math.PI) d -= Math.PI * 2
  while (d < -Math.PI) d += Math.PI * 2
  return a + d * k
}

export class MotionBuffer {
  private tracks = new Map<string, Snapshot[]>()

  push(id: string, x: number, z: number, ry: number, t = performance.now()): void {
    let track = this.tracks.get(id)
    if (!track) this.tracks.set(id, (track = []))
    const last = track[track.length - 1]
    // Patches only come when something changed: after a pause, restate where the avatar stood one
    // patch ago, so it starts walking from there instead of sliding over the whole pause.
    if (last && t - last.t > PATCH_MS * 2) track.push({ ...last, t: t - PATCH_MS })
    track.push({ t, x, z, ry })
    if (track.length > HISTORY) track.shift()
  }

  remove(id: string): void {
    this.tracks.delete(id)
  }

  clear(): void {
    this.tracks.clear()
  }

  latest(id: string): Snapshot | undefined {
    const track = this.tracks.get(id)
    return track?.[track.length - 1]
  }

  /** Writes the interpolated pose at `now - INTERP_DELAY_MS` into `out`; false if unknown. */
  sample(id: string, now: number, out: SampledPose): boolean {
    const track = this.tracks.get(id)
    if (!track || track.length === 0) return false
    const t = now - INTERP_DELAY_MS
    let i = track.length - 1
    while (i > 0 && track[i - 1].t > t) i--
    const b = track[i]
    const a = i > 0 ? track[i - 1] : b
    if (t >= b.t || a === b) {
      // Past the newest snapshot: hold still rather than guess.
      out.x = b.x
      out.z = b.z
      out.ry = b.ry
      out.speed = t - b.t < INTERP_DELAY_MS && a !== b ? this.speedBetween(a, b) : 0
      return true
    }
    const k = Math.min(1, Math.max(0, (t - a.t) / (b.t - a.t)))
    out.x = a.x + (b.x - a.x) * k
    out.z = a.z + (b.z - a.z) * k
    out.ry = lerpAngle(a.ry, b.ry, k)
    out.speed = this.speedBetween(a, b)
    return true
  }

  private speedBetween(a: Snapshot, b: Snapshot): number {
    const dt = (b.t - a.t) / 1000
    return dt > 0 ? Math.hypot(b.x - a.x, b.z - a.z) / dt : 0
  }
}

/** The one buffer the scene reads. */
export const motion = new MotionBuffer()
