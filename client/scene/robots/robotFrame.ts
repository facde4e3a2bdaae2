/**
 * What every robot takes, and the demo clock they all animate with. The clock runs faster while a
 * visitor drives the demo and eases between the two paces, so pressing *Try it* never makes a robot
 * jump. All motion goes through refs inside useFrame: nothing here touches React state.
 */
import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'

export interface RobotProps {
  /** Someone pressed *Try it*: perform the demo energetically. Otherwise a calm idle loop. */
  running?: boolean
  /** A demo mode id from shared/demos.ts; unknown ids fall back to the robot's first mode. */
  mode?: string
  /** Multiplies the demo pace (1 = normal). */
  speed?: number
  /**
   * The demo's turn number (room state): it changes when someone starts a demo or picks another
   * mode. The demo clock starts again from zero then, so everyone present, whose pages opened at
   * different times, sees the robot at the same point of its routine (within a network delay).
   */
  turn?: number
}

/** Idle robots move at this fraction of the demo pace: alive, not busy. */
const IDLE_PACE = 0.45
/** How fast the pace and amplitude follow a change of `running` (1/s). */
const EASE_PER_S = 1.5
/** A long frame (tab in the background) must not teleport a joint. */
const MAX_FRAME_S = 0.1

export interface DemoFrame {
  /** Demo time in seconds: advances faster while running. */
  t: number
  /** Real seconds since the last frame (clamped). */
  dt: number
  /** 0 when idle, 1 when running, eased in between: scale amplitudes with it. */
  energy: number
}

export function useDemoFrame(props: RobotProps, step: (f: DemoFrame) => void) {
  const clock = useRef<DemoFrame>({ t: 0, dt: 0, energy: 0 })
  const seenTurn = useRef(props.turn)
  useFrame((_, delta) => {
    const f = clock.current
    if (props.turn !== seenTurn.current) {
      seenTurn.current = props.turn
      if (props.running) f.t = 0 // a new turn: the routine starts for everyone at once
    }
    f.dt = Math.min(delta, MAX_FRAME_S)
    const target = props.running ? 1 : 0
    f.energy += (target - f.energy) * Math.min(1, f.dt * EASE_PER_S)
    f.t += f.dt * (props.speed ?? 1) * (IDLE_PACE + (1 - IDLE_PACE) * f.energy)
    step(f)
  })
}

/** Smooth 0→1 over [a, b]. */
export function ease(x: number, a: number, b: number): number {
  const u = Math.min(1, Math.max(0, (x - a) / (b - a)))
  return u * u * (3 - 2 * u)
}

/**
 * Two-link planar inverse kinematics: the angles (radians, from the horizontal, counter-clockwise)
 * of a shoulder and the relative elbow bend that put the tip at (r, y) from the shoulder.
 * `elbowUp` picks the industrial-arm pose; false gives a hanging human elbow.
 */
export function twoLink(r: number, y: number, l1: number, l2: number, elbowUp = true) {
  const d = Math.min(Math.hypot(r, y), l1 + l2 - 1e-4)
  const inner = Math.acos(Math.min(1, Math.max(-1, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))))
  const bend = Math.acos(Math.min(1, Math.max(-1, (l1 * l1 + l2 * l2 - d * d) / (2 * l1 * l2))))
  const base = Math.atan2(y, r)
  return elbowUp
    ? { shoulder: base + inner, elbow: -(Math.PI - bend) }
    : { shoulder: base - inner, elbow: Math.PI - bend }
}
