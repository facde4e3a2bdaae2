/**
 * StormPeak Mate: a collaborative arm on a workbench with a person beside it. In the teaching demo
 * the person's hand rests on the tool and guides it; both arms are solved with the same two-link
 * IK, so the hand and the tool stay together. Modes: hand-guided teaching, hand over a part, drive
 * screws. Robot frame: plinth top at y = 0, +z faces the visitor.
 */
import { useRef } from 'react'
import { type Group, Vector3 } from 'three'
import { PALETTE } from '../palette'
import { SHELL, ball, box, cyl, merge, type Triple } from './parts'
import { type RobotProps, twoLink, useDemoFrame } from './robotFrame'

const BENCH_Y = 0.8 // bench top (m)
const BASE: Triple = [-0.2, BENCH_Y, -0.35]
const TURRET_Y = 0.1 // the base housing under the first joint
const SHOULDER_Y = 0.24 // above the base
const L1 = 0.42
const L2 = 0.38
const TOOL = 0.14 // wrist pivot to tool tip
const PERSON: Triple = [0.82, 0, 0] // the person's feet, facing −x (towards the robot)
const P_SHOULDER: Triple = [PERSON[0], 1.36, PERSON[2] - 0.19] // right shoulder
const UPPER_ARM = 0.3
const FOREARM = 0.34 // to the palm
const MANNEQUIN = '#d7dbe0'
const WOOD = '#d4b48a'

const staticGeo = merge(
  box([1.2, 0.05, 0.75], WOOD, [0, BENCH_Y - 0.025, -0.25]),
  ...[-1, 1].flatMap((sx) =>
    [-1, 1].map((sz) =>
      box([0.05, BENCH_Y - 0.05, 0.05], PALETTE.slate, [
        sx * 0.56,
        (BENCH_Y - 0.05) / 2,
        -0.25 + sz * 0.32,
      ]),
    ),
  ),
  box([1.1, 0.04, 0.05], PALETTE.slate, [0, 0.2, -0.55]),
  box([0.36, 0.05, 0.24], PALETTE.slateLight, [0.35, BENCH_Y + 0.025, -0.4]),
  box([0.08, 0.04, 0.08], PALETTE.signal, [0.28, BENCH_Y + 0.07, -0.4]),
  box([0.08, 0.04, 0.08], PALETTE.signal, [0.42, BENCH_Y + 0.07, -0.4]),
  cyl(0.1, 0.11, TURRET_Y, PALETTE.slate, [BASE[0], BENCH_Y + TURRET_Y / 2, BASE[2]]),
  // The person: a calm mannequin in light grey.
  cyl(0.06, 0.05, 0.82, MANNEQUIN, [PERSON[0], 0.41, PERSON[2] - 0.09]),
  cyl(0.06, 0.05, 0.82, MANNEQUIN, [PERSON[0], 0.41, PERSON[2] + 0.09]),
  cyl(0.15, 0.12, 0.58, PALETTE.slateLight, [PERSON[0], 1.1, PERSON[2]]),
  cyl(0.05, 0.05, 0.1, MANNEQUIN, [PERSON[0], 1.43, PERSON[2]]),
  ball(0.105, MANNEQUIN, [PERSON[0], 1.57, PERSON[2]], [1, 1.15, 1]),
  cyl(0.04, 0.035, 0.6, MANNEQUIN, [PERSON[0], 1.08, PERSON[2] + 0.2], [0.08, 0, 0]),
)
const turretGeo = merge(
  cyl(0.075, 0.075, SHOULDER_Y - TURRET_Y, PALETTE.plastic, [0, (SHOULDER_Y - TURRET_Y) / 2, 0]),
  cyl(0.078, 0.078, 0.02, PALETTE.slate, [0, 0.03, 0]),
  cyl(0.075, 0.075, 0.17, PALETTE.plastic, [0, SHOULDER_Y - TURRET_Y, 0], [Math.PI / 2, 0, 0]),
)
const linkGeo = (len: number, r: number) =>
  merge(
    cyl(r, r, len, PALETTE.plastic, [len / 2, 0, 0], [0, 0, Math.PI / 2]),
    cyl(r + 0.012, r + 0.012, 0.14, PALETTE.plastic, [len, 0, 0], [Math.PI / 2, 0, 0]),
    cyl(r + 0.014, r + 0.014, 0.02, PALETTE.slate, [len, 0, 0.055], [Math.PI / 2, 0, 0]),
  )
const upperGeo = linkGeo(L1, 0.05)
const foreGeo = linkGeo(L2, 0.042)
const toolGeo = merge(
  cyl(0.045, 0.045, 0.06, PALETTE.plastic, [0, -0.04, 0]),
  cyl(0.047, 0.047, 0.015, PALETTE.signal, [0, -0.07, 0]),
  cyl(0.02, 0.01, 0.07, PALETTE.metal, [0, -TOOL + 0.035, 0]),
)
const armGeo = (len: number, r: number) =>
  cyl(r, r * 0.9, len, MANNEQUIN, [len / 2, 0, 0], [0, 0, Math.PI / 2], 12)
const humanUpperGeo = armGeo(UPPER_ARM, 0.04)
const humanForeGeo = merge(
  armGeo(FOREARM - 0.05, 0.034),
  ball(0.045, MANNEQUIN, [FOREARM - 0.02, 0, 0]),
)

const tool = new Vector3()
const hand = new Vector3()
const wristAt = new Vector3()

/** Tool tip target and whether the hand is on the tool, per mode, at demo time t. */
function pattern(mode: string, t: number): boolean {
  if (mode === 'handover') {
    const k = 0.5 - 0.5 * Math.cos(t * 0.9) // 0 at the tray, 1 at the person
    tool.set(
      0.35 - 0.1 * k,
      BENCH_Y + 0.12 + 0.25 * Math.sin(Math.PI * k) + 0.15 * k,
      -0.4 + 0.35 * k,
    )
    return k > 0.85
  }
  if (mode === 'screw') {
    const hole = Math.floor(t / 2) % 3
    tool.set(
      -0.05 + hole * 0.15,
      BENCH_Y + 0.05 + 0.06 * Math.abs(Math.sin(t * Math.PI * 0.5)),
      -0.1,
    )
    return false
  }
  // Teaching: the person draws a slow loop and the arm follows the hand.
  tool.set(
    0.32 + 0.08 * Math.sin(t * 0.7),
    BENCH_Y + 0.26 + 0.07 * Math.sin(t * 1.4),
    -0.12 + 0.1 * Math.cos(t * 0.7),
  )
  return true
}

/** Points a yaw group and a two-link chain from `origin` at `target`. */
function reach(
  chain: (Group | null)[],
  origin: Triple,
  target: Vector3,
  l1: number,
  l2: number,
  up: boolean,
) {
  const [yawG, upper, fore] = chain
  if (!yawG || !upper || !fore) return { shoulder: 0, elbow: 0 }
  const dx = target.x - origin[0]
  const dz = target.z - origin[2]
  const ik = twoLink(Math.hypot(dx, dz), target.y - origin[1], l1, l2, up)
  yawG.rotation.y = Math.atan2(-dz, dx)
  upper.rotation.z = ik.shoulder
  fore.rotation.z = ik.elbow
  return ik
}

const SHOULDER: Triple = [BASE[0], BASE[1] + SHOULDER_Y, BASE[2]]

export function CobotRobot(props: RobotProps) {
  const robot = useRef<(Group | null)[]>([])
  const wrist = useRef<Group>(null)
  const human = useRef<(Group | null)[]>([])

  useDemoFrame(props, ({ t }) => {
    const onTool = pattern(props.running ? (props.mode ?? 'teach') : 'teach', t)
    const ik = reach(robot.current, SHOULDER, wristAt.copy(tool).setY(tool.y + TOOL), L1, L2, true)
    if (wrist.current) {
      wrist.current.rotation.z = -(ik.shoulder + ik.elbow)
      wrist.current.rotation.y = props.mode === 'screw' && props.running ? t * 8 : 0
    }
    if (onTool) hand.set(tool.x + 0.05, tool.y + TOOL - 0.05, tool.z)
    else hand.set(P_SHOULDER[0] - 0.08, P_SHOULDER[1] - 0.58, P_SHOULDER[2] - 0.04)
    reach(human.current, P_SHOULDER, hand, UPPER_ARM, FOREARM, false)
  })

  const link = (list: typeof robot, i: number) => (g: Group | null) => {
    list.current[i] = g
  }
  return (
    <group name="mate">
      <mesh geometry={staticGeo} material={SHELL} castShadow receiveShadow />
      <group ref={link(robot, 0)} position={[BASE[0], BASE[1] + TURRET_Y, BASE[2]]}>
        <mesh geometry={turretGeo} material={SHELL} castShadow />
        <group ref={link(robot, 1)} position-y={SHOULDER_Y - TURRET_Y}>
          <mesh geometry={upperGeo} material={SHELL} castShadow />
          <group ref={link(robot, 2)} position-x={L1}>
            <mesh geometry={foreGeo} material={SHELL} castShadow />
            <group ref={wrist} position-x={L2} rotation-order="ZYX">
              <mesh geometry={toolGeo} material={SHELL} castShadow />
            </group>
          </group>
        </group>
      </group>
      <group ref={link(human, 0)} position={P_SHOULDER}>
        <group ref={link(human, 1)}>
          <mesh geometry={humanUpperGeo} material={SHELL} castShadow />
          <group ref={link(human, 2)} position-x={UPPER_ARM}>
            <mesh geometry={humanForeGeo} material={SHELL} castShadow />
          </group>
        </group>
      </group>
    </group>
  )
}
