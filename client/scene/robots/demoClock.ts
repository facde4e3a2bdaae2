/**
 * The clock every robot animates with. While a visitor drives a demo, the robot's time is a pure
 * function of how long ago the turn started on the server's clock, so every client — there when
 * the turn started or arriving in the middle of it, drawing 5 frames a second or 60 — shows the
 * robot at the same moment of its routine. Between turns robots idle on a local clock: nobody
 * compares idle loops, and a local clock keeps them from all moving in lockstep.
 */

/** Idle robots move at this fraction of the demo pace: alive, not busy. */
export const IDLE_PACE = 0.45
/** How fast the pace and amplitude follow a change of `running` (1/s). */
export const EASE_PER_S = 1.5
/** A long frame (tab in the background) must not teleport a joint. */
const MAX_FRAME_S = 0.1

/** Demo seconds `elapsedS` real seconds into a turn: the pace eases from idle to full (its integral). */
export function demoTimeAt(elapsedS: number): number {
  const e = Math.max(0, elapsedS)
  return e - ((1 - IDLE_PACE) * (1 - Math.exp(-EASE_PER_S * e))) / EASE_PER_S
}

/** How energetic a robot is `elapsedS` into a turn that started from idle (0 → 1). */
export function energyAt(elapsedS: number): number {
  return 1 - Math.exp(-EASE_PER_S * Math.max(0, elapsedS))
}

/** What the clock reads from the room state (see StationDemo in shared/state.ts). */
export interface DemoTurn {
  running?: boolean
  /** The turn's number; with `startedAt` it tells one turn from the next. */
  turn?: number
  /** When the turn started, on the server's clock (epoch ms). */
  startedAt?: number
  /** Multiplies the demo pace (1 = normal). */
  speed?: number
}

export interface DemoFrame {
  /** Demo time in seconds: advances faster while running; from 0 at the start of each turn. */
  t: number
  /** Real seconds since the last frame (clamped). */
  dt: number
  /** 0 when idle, 1 when running, eased in between: scale amplitudes with it. */
  energy: number
  /** A turn is running, and `t` is the room's shared demo time. */
  shared: boolean
  /** This frame is the first of a turn for this client (its start, or arriving mid-turn). */
  fresh: boolean
}

export class DemoClock implements DemoFrame {
  t = 0
  dt = 0
  energy = 0
  shared = false
  fresh = false
  /** The server time of the last frame (ms). */
  drawnAt = 0
  private seen?: string

  /** Advances one frame of `deltaS` real seconds; `serverNow` is the server's clock (ms). */
  advance(turn: DemoTurn, deltaS: number, serverNow: number): DemoFrame {
    this.dt = Math.min(Math.max(0, deltaS), MAX_FRAME_S)
    this.drawnAt = serverNow
    const speed = turn.speed ?? 1
    this.shared = !!turn.running && !!turn.startedAt
    const key = this.shared ? `${turn.turn}@${turn.startedAt}` : undefined
    this.fresh = this.shared && key !== this.seen
    this.seen = key
    const target = turn.running ? 1 : 0
    if (this.shared) {
      const elapsedS = (serverNow - turn.startedAt!) / 1000
      // Arriving mid-turn: join at the energy the others have reached, not from rest.
      if (this.fresh) this.energy = Math.max(this.energy, energyAt(elapsedS))
      this.ease(target)
      this.t = speed * demoTimeAt(elapsedS)
    } else {
      this.ease(target)
      this.t += this.dt * speed * (IDLE_PACE + (1 - IDLE_PACE) * this.energy)
    }
    return this
  }

  private ease(target: number) {
    this.energy += (target - this.energy) * Math.min(1, this.dt * EASE_PER_S)
  }
}

/** One fixed step of the shared travel simulation, in demo seconds. */
const TRAVEL_STEP_S = 1 / 60
/** How fast a robot glides to the room's place for it when a turn starts (1/s). */
const GLIDE_PER_S = 1

function wrapAngle(a: number): number {
  return Math.atan2(Math.sin(a), Math.cos(a))
}

/**
 * How far a robot has gone round its track (an angle, radians) for robots whose place depends on
 * their whole history, not only on the time (a hauler that stops to deliver, a dog that trots).
 * During a turn it is integrated in fixed steps of demo time from the turn's start, so it comes
 * out the same on every client whatever its frame rate or arrival time; between turns it runs on
 * freely. When a turn starts the robot glides to the shared place instead of jumping there.
 */
export class SharedTravel {
  private simT = 0
  private travelled = 0
  private offset = 0
  private lastT = 0

  /** `rate(t, travelled)`: radians per demo second at demo time `t`. Returns the angle to show. */
  advance(f: DemoFrame, rate: (t: number, travelled: number) => number): number {
    if (f.fresh) {
      this.offset = wrapAngle(this.travelled + this.offset)
      this.travelled = 0
      this.simT = 0
    }
    if (f.shared) {
      while (this.simT + TRAVEL_STEP_S <= f.t) {
        this.travelled += rate(this.simT, this.travelled) * TRAVEL_STEP_S
        this.simT += TRAVEL_STEP_S
      }
    } else {
      this.travelled += rate(f.t, this.travelled) * Math.max(0, f.t - this.lastT)
    }
    this.lastT = f.t
    this.offset *= Math.exp(-GLIDE_PER_S * f.dt)
    return this.travelled + this.offset
  }

  /** The shared part alone (what every client agrees on during a turn). */
  get shared(): number {
    return this.travelled
  }
}
