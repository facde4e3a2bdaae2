/**
 * What every robot takes, and the hook they animate with. The demo clock (demoClock.ts) runs on
 * the room's shared turn time while a visitor drives a demo and on a local idle clock otherwise;
 * pressing *Try it* never makes a robot's pace jump. All motion goes through refs inside
 * useFrame: nothing here touches React state.
 */
import { useFrame } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { serverClock } from '../../net/serverClock'
import { DemoClock, type DemoFrame, type DemoTurn } from './demoClock'

export type { DemoFrame } from './demoClock'
export { SharedTravel } from './demoClock'

export interface RobotProps extends DemoTurn {
  /** A demo mode id from shared/demos.ts; unknown ids fall back to the robot's first mode. */
  mode?: string
  /** The station's id: names the robot's clock on the debug handle. */
  stationId?: string
}

/** Each station's robot clock, for the debug handle (its demo time and when it was drawn). */
export const demoClocks = new Map<string, DemoClock>()

export function useDemoFrame(props: RobotProps, step: (f: DemoFrame) => void) {
  const [clock] = useState(() => new DemoClock())
  const { stationId } = props
  useEffect(() => {
    if (!stationId) return
    demoClocks.set(stationId, clock)
    return () => void demoClocks.delete(stationId)
  }, [stationId, clock])
  useFrame((_, delta) => step(clock.advance(props, delta, serverClock.now())))
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
