/**
 * StormPeak Ridge: a four-legged inspection robot. It trots (diagonal legs together) around a small
 * circle on its plinth, trots on the spot, or stops to inspect with its sensor head. Each leg is a
 * hip and a knee joint driven from one gait phase. Robot frame: plinth top at y = 0.
 */
import { useRef, useState } from 'react'
import type { Group, Mesh } from 'three'
import { PALETTE } from '../palette'
import { SHELL, ball, box, cyl, merge } from './parts'
import { type RobotProps, SharedTravel, useDemoFrame } from './robotFrame'

const THIGH = 0.3 // hip to knee (m)
const SHIN = 0.3 // knee to foot (m)
const HIP_STAND = 0.6 // rad: thigh leans back, knee points to the rear
const KNEE_STAND = -1.2
const HIP_Y = 0.52 // body hip line above the plinth when standing
const CIRCLE_R = 0.5 // walking circle on the 3 m plinth (m)
const STEPS_PER_S = 1.6 // trot frequency at demo pace
const STRIDE_RAD = 0.09 // travelled angle of the circle per step
/** Hip positions in the body frame, with their trot phase (diagonal pairs together). */
const LEGS = [
  { x: 0.2, z: 0.3, phase: 0 },
  { x: -0.2, z: 0.3, phase: Math.PI },
  { x: 0.2, z: -0.3, phase: Math.PI },
  { x: -0.2, z: -0.3, phase: 0 },
] as const

const bodyGeo = merge(
  box([0.34, 0.16, 0.82], PALETTE.plastic, [0, 0.06, 0]),
  box([0.36, 0.06, 0.6], PALETTE.slate, [0, 0.02, 0]),
  box([0.2, 0.03, 0.3], PALETTE.slateLight, [0, 0.15, -0.05]),
  box([0.3, 0.04, 0.04], PALETTE.signal, [0, 0.1, -0.41]),
  cyl(0.05, 0.05, 0.44, PALETTE.slate, [0, -0.01, 0.3], [0, 0, Math.PI / 2]),
  cyl(0.05, 0.05, 0.44, PALETTE.slate, [0, -0.01, -0.3], [0, 0, Math.PI / 2]),
)
const headGeo = merge(
  box([0.22, 0.11, 0.14], PALETTE.slateDark, [0, 0, 0.05]),
  box([0.16, 0.05, 0.02], PALETTE.signal, [0, 0.01, 0.125]),
  cyl(0.05, 0.05, 0.05, PALETTE.plastic, [0, 0.08, 0.02]),
)
const thighGeo = merge(
  box([0.07, THIGH, 0.09], PALETTE.plastic, [0, -THIGH / 2, 0]),
  cyl(0.045, 0.045, 0.09, PALETTE.slate, [0, -THIGH, 0], [0, 0, Math.PI / 2]),
)
const shinGeo = merge(
  box([0.045, SHIN, 0.05], PALETTE.slateDark, [0, -SHIN / 2, 0]),
  ball(0.035, PALETTE.slate, [0, -SHIN, 0]),
)

export function QuadrupedRobot(props: RobotProps) {
  const root = useRef<Group>(null)
  const body = useRef<Group>(null)
  const head = useRef<Mesh>(null)
  const hips = useRef<(Group | null)[]>([])
  const knees = useRef<(Group | null)[]>([])
  const [walk] = useState(() => ({ travel: new SharedTravel(), radius: CIRCLE_R }))

  useDemoFrame(props, (f) => {
    const { t, dt, energy } = f
    if (!root.current || !body.current || !head.current) return
    const mode = props.running ? (props.mode ?? 'circle') : 'circle'
    const w = walk
    const inspecting = mode === 'inspect'
    const radiusGoal = mode === 'circle' ? CIRCLE_R : 0
    w.radius += (radiusGoal - w.radius) * Math.min(1, dt * 1.5)
    const gait = inspecting ? 0 : 1
    const turnRate = STEPS_PER_S * STRIDE_RAD * gait * (mode === 'trot' ? 0.35 : 1)
    const heading = w.travel.advance(f, () => turnRate)
    root.current.position.set(w.radius * Math.sin(heading), 0, w.radius * Math.cos(heading))
    root.current.rotation.y = heading + Math.PI / 2

    const phase = t * STEPS_PER_S * Math.PI * 2
    const swing = (0.22 + 0.16 * energy) * gait
    const lift = (0.35 + 0.35 * energy) * gait
    LEGS.forEach((leg, i) => {
      const hip = hips.current[i]
      const knee = knees.current[i]
      if (!hip || !knee) return
      const p = phase + leg.phase
      hip.rotation.x = HIP_STAND + swing * Math.sin(p)
      knee.rotation.x = KNEE_STAND - lift * Math.max(0, Math.cos(p))
    })
    const bob = 0.012 * gait * Math.abs(Math.cos(phase))
    body.current.position.y = HIP_Y + bob
    body.current.rotation.z = 0.02 * gait * Math.sin(phase)
    head.current.rotation.x = inspecting ? 0.35 + 0.1 * Math.sin(t * 1.1) : 0
    head.current.rotation.y = Math.sin(t * (inspecting ? 1.4 : 0.6)) * (inspecting ? 0.7 : 0.35)
  })

  return (
    <group name="ridge">
      <group ref={root}>
        <group ref={body} position-y={HIP_Y}>
          <mesh geometry={bodyGeo} material={SHELL} castShadow />
          <mesh
            ref={head}
            geometry={headGeo}
            material={SHELL}
            position={[0, 0.1, 0.42]}
            rotation-order="YXZ"
            castShadow
          />
          {LEGS.map((leg, i) => (
            <group
              key={i}
              ref={(g) => {
                hips.current[i] = g
              }}
              position={[leg.x, -0.01, leg.z]}
              rotation-x={HIP_STAND}
            >
              <mesh geometry={thighGeo} material={SHELL} castShadow />
              <group
                ref={(g) => {
                  knees.current[i] = g
                }}
                position-y={-THIGH}
                rotation-x={KNEE_STAND}
              >
                <mesh geometry={shinGeo} material={SHELL} castShadow />
              </group>
            </group>
          ))}
        </group>
      </group>
    </group>
  )
}
