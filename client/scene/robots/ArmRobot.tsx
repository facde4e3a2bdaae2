/**
 * StormPeak Atlas-6: a six-axis industrial arm picking parts off a short conveyor and placing them
 * on a chute that drops them into a bin. Joints follow a keyframed tool path solved with two-link
 * IK every frame; the parts are one instanced mesh. Robot frame: plinth top at y = 0, +z faces the
 * visitor.
 */
import { useMemo, useRef } from 'react'
import {
  BoxGeometry,
  Color,
  type Group,
  type InstancedMesh,
  Matrix4,
  type Mesh,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
} from 'three'
import { PALETTE } from '../palette'
import { METAL, SHELL, box, cyl, merge, type Triple } from './parts'
import { type RobotProps, ease, twoLink, useDemoFrame } from './robotFrame'

const BASE: Triple = [0, 0, -0.45] // pedestal centre, behind the conveyor
const PEDESTAL_H = 0.35
const SHOULDER_Y = 0.28 // above the turret bottom
const L1 = 0.7 // upper arm (m)
const L2 = 0.6 // forearm (m)
const GRIP_DROP = 0.2 // wrist pivot to the centre of a gripped part
const PART = 0.16 // part cube side (m)
const BELT_Y = 0.42
const BELT_Z = 0.45
const PICK: Triple = [-0.5, BELT_Y + PART / 2, BELT_Z]
const PLACE: Triple = [0.7, 0.36 + PART / 2, 0.3]
const BIN: Triple = [1.15, 0, 0.3]
const HOVER = 0.25 // how high the tool travels above pick and place
const SPACING = 0.42 // parts on the belt
const CYCLE_S = 4 // one pick-and-place at demo pace

const baseGeo = merge(
  cyl(0.24, 0.28, PEDESTAL_H, PALETTE.slate, [BASE[0], PEDESTAL_H / 2, BASE[2]]),
  cyl(0.25, 0.25, 0.03, PALETTE.signal, [BASE[0], PEDESTAL_H - 0.02, BASE[2]]),
  box([1.2, 0.06, 0.34], PALETTE.slateLight, [-0.95, BELT_Y - 0.05, BELT_Z]),
  box([1.2, 0.02, 0.3], '#39404d', [-0.95, BELT_Y - 0.01, BELT_Z]),
  box([0.06, BELT_Y - 0.08, 0.3], PALETTE.slate, [-1.45, (BELT_Y - 0.08) / 2, BELT_Z]),
  box([0.06, BELT_Y - 0.08, 0.3], PALETTE.slate, [-0.45, (BELT_Y - 0.08) / 2, BELT_Z]),
  box([0.55, 0.04, 0.3], PALETTE.metal, [0.85, 0.34, 0.3], [0, 0, -0.12]),
  box([0.06, 0.3, 0.26], PALETTE.slate, [0.62, 0.15, 0.3]),
  box([0.34, 0.04, 0.34], PALETTE.slate, [BIN[0], 0.02, BIN[2]]),
  box([0.34, 0.24, 0.03], PALETTE.slate, [BIN[0], 0.12, BIN[2] + 0.16]),
  box([0.34, 0.24, 0.03], PALETTE.slate, [BIN[0], 0.12, BIN[2] - 0.16]),
  box([0.03, 0.24, 0.34], PALETTE.slate, [BIN[0] + 0.16, 0.12, BIN[2]]),
  box([0.03, 0.24, 0.34], PALETTE.signal, [BIN[0] - 0.16, 0.12, BIN[2]]),
)
const turretGeo = merge(
  cyl(0.2, 0.22, 0.2, PALETTE.plastic, [0, 0.1, 0]),
  box([0.22, 0.24, 0.3], PALETTE.plastic, [0, 0.26, 0]),
  cyl(0.12, 0.12, 0.34, PALETTE.slate, [0, SHOULDER_Y, 0], [Math.PI / 2, 0, 0]),
)
const upperGeo = merge(
  box([L1, 0.17, 0.18], PALETTE.plastic, [L1 / 2, 0, 0]),
  box([0.22, 0.02, 0.185], PALETTE.signal, [L1 * 0.45, 0.08, 0]),
  cyl(0.1, 0.1, 0.26, PALETTE.slate, [L1, 0, 0], [Math.PI / 2, 0, 0]),
)
const foreGeo = merge(
  box([L2, 0.12, 0.13], PALETTE.plastic, [L2 / 2, 0, 0]),
  cyl(0.07, 0.07, 0.17, PALETTE.slate, [L2, 0, 0], [Math.PI / 2, 0, 0]),
)
const wristGeo = merge(
  cyl(0.05, 0.05, 0.08, PALETTE.metal, [0, -0.05, 0]),
  box([0.18, 0.04, 0.07], PALETTE.metal, [0, -0.1, 0]),
)
const fingerGeo = merge(
  // Unit offsets: scale.x sets the opening (m), so the width is a fraction of it.
  box([0.22, 0.12, 0.05], PALETTE.metal, [-1, -0.17, 0]),
  box([0.22, 0.12, 0.05], PALETTE.metal, [1, -0.17, 0]),
)
const partGeo = new BoxGeometry(PART, PART, PART)
const PART_COLORS = { orange: new Color(PALETTE.signal), slate: new Color(PALETTE.slateLight) }

/** Tool keyframes over one cycle: [phase, where, gripper closed]. */
const above = (p: Triple): Triple => [p[0], p[1] + HOVER, p[2]]
const KEYS: readonly (readonly [number, Triple, boolean])[] = [
  [0, above(PICK), false],
  [0.14, PICK, false],
  [0.2, PICK, true],
  [0.32, above(PICK), true],
  [0.56, above(PLACE), true],
  [0.66, PLACE, true],
  [0.72, PLACE, false],
  [0.82, above(PLACE), false],
  [1, above(PICK), false],
]

function toolAt(u: number, out: Vector3): boolean {
  let i = 0
  while (i < KEYS.length - 2 && u >= KEYS[i + 1][0]) i++
  const [u0, a, grip] = KEYS[i]
  const [u1, b] = KEYS[i + 1]
  const k = ease(u, u0, u1)
  out.set(a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k)
  return grip
}

const tip = new Vector3()
const m4 = new Matrix4()
const q = new Quaternion()
const v = new Vector3()
const s = new Vector3()
const UP = new Vector3(0, 1, 0)

export function ArmRobot(props: RobotProps) {
  const turret = useRef<Group>(null)
  const upper = useRef<Group>(null)
  const fore = useRef<Group>(null)
  const wrist = useRef<Group>(null)
  const fingers = useRef<Mesh>(null)
  const parts = useRef<InstancedMesh>(null)
  const partMat = useMemo(() => new MeshStandardMaterial({ roughness: 0.55 }), [])

  useDemoFrame(props, ({ t, energy }) => {
    if (!turret.current || !upper.current || !fore.current || !wrist.current) return
    if (!fingers.current || !parts.current) return
    const cycle = t / CYCLE_S
    const u = cycle - Math.floor(cycle)
    const gripped = toolAt(u, tip)
    const dx = tip.x - BASE[0]
    const dz = tip.z - BASE[2]
    const yaw = Math.atan2(-dz, dx)
    const ik = twoLink(Math.hypot(dx, dz), tip.y + GRIP_DROP - PEDESTAL_H - SHOULDER_Y, L1, L2)
    turret.current.rotation.y = yaw
    upper.current.rotation.z = ik.shoulder
    fore.current.rotation.z = ik.elbow
    wrist.current.rotation.z = -(ik.shoulder + ik.elbow)
    wrist.current.rotation.y = Math.sin(t * 1.3) * 0.3 * energy
    fingers.current.scale.x = gripped ? PART / 2 + 0.01 : 0.13

    // Parts: three on the belt, one in the gripper, one sliding down the chute into the bin.
    const n = Math.floor(cycle)
    const belt = ease(u, 0, 0.13)
    const colorOf = (k: number) => {
      if (props.mode === 'pick-slate') return PART_COLORS.slate
      if (props.mode === 'sort') return (n + k) % 2 ? PART_COLORS.slate : PART_COLORS.orange
      return PART_COLORS.orange
    }
    for (let k = 1; k <= 3; k++) {
      const hidden = k === 1 && u >= 0.2
      v.set(PICK[0] - SPACING * (k - belt), PICK[1], PICK[2])
      s.setScalar(hidden ? 0 : 1)
      parts.current.setMatrixAt(k - 1, m4.compose(v, q.identity(), s))
      parts.current.setColorAt(k - 1, colorOf(k))
    }
    const held = u >= 0.2 && u < 0.72
    q.setFromAxisAngle(UP, yaw)
    s.setScalar(held ? 1 : 0)
    parts.current.setMatrixAt(3, m4.compose(tip, q, s))
    parts.current.setColorAt(3, colorOf(1))
    const slide = ease(u, 0.78, 0.9)
    const drop = ease(u, 0.9, 0.99)
    v.set(PLACE[0] + (BIN[0] - PLACE[0]) * slide, PLACE[1] - 0.08 * slide - 0.3 * drop, PLACE[2])
    s.setScalar(u >= 0.72 ? 1 : 0)
    parts.current.setMatrixAt(4, m4.compose(v, q.identity(), s))
    parts.current.setColorAt(4, colorOf(1))
    parts.current.instanceMatrix.needsUpdate = true
    if (parts.current.instanceColor) parts.current.instanceColor.needsUpdate = true
  })

  return (
    <group name="atlas-6">
      <mesh geometry={baseGeo} material={SHELL} castShadow receiveShadow />
      <group ref={turret} position={[BASE[0], PEDESTAL_H, BASE[2]]}>
        <mesh geometry={turretGeo} material={SHELL} castShadow />
        <group ref={upper} position={[0, SHOULDER_Y, 0]}>
          <mesh geometry={upperGeo} material={SHELL} castShadow />
          <group ref={fore} position={[L1, 0, 0]}>
            <mesh geometry={foreGeo} material={SHELL} castShadow />
            <group ref={wrist} position={[L2, 0, 0]} rotation-order="ZYX">
              <mesh geometry={wristGeo} material={METAL} castShadow />
              <mesh ref={fingers} geometry={fingerGeo} material={METAL} castShadow />
            </group>
          </group>
        </group>
      </group>
      <instancedMesh ref={parts} args={[partGeo, partMat, 5]} castShadow frustumCulled={false} />
    </group>
  )
}
