/**
 * StormPeak Hauler: a low autonomous mobile robot carrying a cart around a painted loop on its
 * plinth, with a spinning lidar and a blinking status light. Modes: run the loop, deliver (stop,
 * lower and lift the cart), or go to the charger and stay there. Robot frame: plinth top at y = 0.
 */
import { useMemo, useRef, useState } from 'react'
import { type Group, type Mesh, MeshStandardMaterial, RingGeometry } from 'three'
import { PALETTE } from '../palette'
import { useView } from '../viewStore'
import { METAL, SHELL, box, cyl, merge, paint, place } from './parts'
import { type RobotProps, SharedTravel, useDemoFrame } from './robotFrame'

const LOOP_R = 0.95 // the painted loop (m): robot and cart stay inside the 3 m plinth
const LOOP_SPEED_MPS = 0.35 // at demo pace
const DOCK_HEADING = Math.PI // the charger sits at the back of the loop
const CHASSIS_H = 0.2
const LIFT_M = 0.05 // how far the deck raises the cart

const trackGeo = merge(
  paint(
    new RingGeometry(LOOP_R - 0.04, LOOP_R + 0.04, 64),
    PALETTE.slateLight,
    place([0, 0.003, 0], [-Math.PI / 2, 0, 0]),
  ),
  box([0.5, 0.3, 0.18], PALETTE.slate, [0, 0.15, -LOOP_R - 0.42]),
  box([0.3, 0.04, 0.02], PALETTE.signal, [0, 0.24, -LOOP_R - 0.32]),
  box([0.3, 0.06, 0.12], PALETTE.metal, [0, 0.03, -LOOP_R - 0.28]),
)
const chassisGeo = merge(
  box([0.6, CHASSIS_H - 0.05, 0.9], PALETTE.plastic, [0, CHASSIS_H / 2 + 0.015, 0]),
  box([0.62, 0.06, 0.92], PALETTE.slate, [0, 0.045, 0]),
  box([0.5, 0.03, 0.02], PALETTE.signal, [0, 0.1, 0.461]),
  box([0.5, 0.015, 0.76], PALETTE.slateLight, [0, CHASSIS_H, 0]),
)
const cartGeo = merge(
  box([0.56, 0.03, 0.8], PALETTE.metal, [0, 0.015, 0]),
  ...[-1, 1].flatMap((sx) =>
    [-1, 1].map((sz) =>
      cyl(0.012, 0.012, 0.5, PALETTE.metal, [sx * 0.26, 0.26, sz * 0.38], undefined, 8),
    ),
  ),
  box([0.56, 0.02, 0.8], PALETTE.metal, [0, 0.34, 0]),
  box([0.5, 0.02, 0.02], PALETTE.metal, [0, 0.52, -0.38]),
)
const loadGeo = merge(
  box([0.26, 0.2, 0.3], '#c9a273', [-0.1, 0.13, 0.16]),
  box([0.2, 0.14, 0.22], '#d8b98c', [0.13, 0.1, -0.16]),
  box([0.3, 0.16, 0.26], PALETTE.slateLight, [0, 0.43, 0.1]),
  box([0.18, 0.12, 0.2], PALETTE.plastic, [0.08, 0.41, -0.2]),
)
const lidarGeo = merge(
  cyl(0.06, 0.06, 0.06, PALETTE.slateDark, [0, 0, 0]),
  box([0.05, 0.03, 0.02], PALETTE.signal, [0, 0, 0.055]),
)
const lightGeo = cyl(0.035, 0.04, 0.04, PALETTE.signal, [0, 0, 0])

/** In *deliver* the hauler stops every few seconds to set the cart down and pick it up again. */
function deliveryStop(t: number): number {
  return Math.max(0, Math.sin(t * 0.9) - 0.4) / 0.6
}

/** The hauler's pace (0–1) at demo time `t`, `heading` radians round its loop. */
function paceOf(mode: string, t: number, heading: number): number {
  if (mode === 'deliver') return 1 - deliveryStop(t)
  if (mode === 'dock') {
    const rest = DOCK_HEADING - (heading % (Math.PI * 2))
    const ahead = rest < 0 ? rest + Math.PI * 2 : rest
    return Math.min(1, ahead * 1.5)
  }
  return 1
}

export function AmrRobot(props: RobotProps) {
  const root = useRef<Group>(null)
  const cart = useRef<Group>(null)
  const lidar = useRef<Mesh>(null)
  const [drive] = useState(() => new SharedTravel())
  const lightMat = useMemo(
    () =>
      new MeshStandardMaterial({ vertexColors: true, emissive: PALETTE.signal, roughness: 0.3 }),
    [],
  )

  useDemoFrame(props, (f) => {
    const { t, energy } = f
    if (!root.current || !cart.current || !lidar.current) return
    const mode = props.running ? (props.mode ?? 'loop') : 'loop'
    // During a turn the pace is the full demo pace on every client (energy 1), so the hauler's
    // place on the loop comes out the same everywhere; between turns it eases with `energy`.
    const boost = f.shared ? 2 : 1 + energy
    const h = drive.advance(
      f,
      (at, heading) => (LOOP_SPEED_MPS * boost * paceOf(mode, at, heading)) / LOOP_R,
    )
    const lift = mode === 'deliver' ? 1 - deliveryStop(t) : 1
    const pace = paceOf(mode, t, drive.shared)
    root.current.position.set(LOOP_R * Math.sin(h), 0, LOOP_R * Math.cos(h))
    root.current.rotation.y = h + Math.PI / 2
    cart.current.position.y = CHASSIS_H + 0.01 + LIFT_M * lift
    lidar.current.rotation.y = t * 12
    const moving = pace > 0.05
    const blink = moving && !useView.getState().reducedMotion
    lightMat.emissiveIntensity = blink ? (Math.sin(t * 9) > 0 ? 2.2 : 0.2) : 1.2
  })

  return (
    <group name="hauler">
      <mesh geometry={trackGeo} material={SHELL} receiveShadow castShadow />
      <group ref={root}>
        <mesh geometry={chassisGeo} material={SHELL} castShadow />
        <mesh ref={lidar} geometry={lidarGeo} material={SHELL} position={[0, 0.1, 0.47]} />
        <mesh geometry={lightGeo} material={lightMat} position={[0.22, CHASSIS_H + 0.02, 0.38]} />
        <group ref={cart}>
          <mesh geometry={cartGeo} material={METAL} castShadow />
          <mesh geometry={loadGeo} material={SHELL} castShadow />
        </group>
      </group>
    </group>
  )
}
