/**
 * StormPeak Kestrel: an indoor inventory quadcopter hovering in front of a shelf rack and sweeping
 * it with a scanning beam. Its four propellers are one instanced mesh. Modes: scan the shelf row by
 * row, fly a figure eight, or orbit the rack. Robot frame: plinth top at y = 0, rack at the back.
 */
import { useRef } from 'react'
import type { MeshBasicMaterial } from 'three'
import {
  AdditiveBlending,
  BoxGeometry,
  ConeGeometry,
  type Group,
  type InstancedMesh,
  Matrix4,
  type Mesh,
  MeshStandardMaterial,
} from 'three'
import { PALETTE } from '../palette'
import { SHELL, box, cyl, merge } from './parts'
import { type RobotProps, useDemoFrame } from './robotFrame'

const RACK_Z = -0.95 // rack centre (m)
const RACK_FACE_Z = RACK_Z + 0.22
const RACK_W = 1.7
const SHELVES = [0.08, 0.58, 1.08, 1.58, 2.05] // shelf heights (m)
const ARM = 0.17 // body centre to a motor (m)
const PROP_SPIN = 60 // rad/s, a blur more than a count
const BOX_COLORS = ['#c9a273', '#d8b98c', PALETTE.slateLight, '#b48f62', PALETTE.plastic]

const rackGeo = merge(
  ...[-1, 1].flatMap((sx) =>
    [-1, 1].map((sz) =>
      box([0.05, 2.1, 0.05], PALETTE.slate, [sx * (RACK_W / 2), 1.05, RACK_Z + sz * 0.2]),
    ),
  ),
  ...SHELVES.map((y) => box([RACK_W + 0.05, 0.03, 0.46], PALETTE.metal, [0, y, RACK_Z])),
  ...SHELVES.slice(0, 4).flatMap((y, row) =>
    [0, 1, 2, 3].map((i) => {
      const w = 0.28 + ((row + i) % 3) * 0.05
      const h = 0.22 + ((row * 3 + i) % 4) * 0.05
      const color = BOX_COLORS[(row * 2 + i) % BOX_COLORS.length]
      return box([w, h, 0.3], color, [-0.6 + i * 0.4, y + 0.015 + h / 2, RACK_Z])
    }),
  ),
  box([0.6, 0.01, 0.6], PALETTE.slateLight, [0, 0.005, 0.55]),
  box([0.4, 0.012, 0.05], PALETTE.signal, [0, 0.006, 0.55]),
)
const bodyGeo = merge(
  box([0.16, 0.07, 0.22], PALETTE.plastic, [0, 0, 0]),
  box([ARM * 2.9, 0.025, 0.03], PALETTE.slate, [0, 0, 0], [0, Math.PI / 4, 0]),
  box([ARM * 2.9, 0.025, 0.03], PALETTE.slate, [0, 0, 0], [0, -Math.PI / 4, 0]),
  ...[45, 135, 225, 315].map((deg) => {
    const a = (deg * Math.PI) / 180
    return cyl(0.03, 0.03, 0.05, PALETTE.slateDark, [ARM * Math.cos(a), 0.01, ARM * Math.sin(a)])
  }),
  box([0.12, 0.015, 0.02], PALETTE.signal, [0, 0.02, -0.11]),
  box([0.06, 0.05, 0.05], PALETTE.slateDark, [0, -0.05, -0.08]),
)
const propGeo = new BoxGeometry(0.2, 0.006, 0.022)
const propMat = new MeshStandardMaterial({ color: PALETTE.slateDark, roughness: 0.5 })
/** Beam of length 1 from the origin along −z; scaled to reach the shelf. */
const beamGeo = new ConeGeometry(0.18, 1, 24, 1, true).translate(0, -0.5, 0).rotateX(Math.PI / 2)
const m4 = new Matrix4()

interface FlightPose {
  x: number
  y: number
  z: number
  /** The point on the rack the beam aims at. */
  lookX: number
  lookY: number
  lookZ: number
}

/** Where the drone flies and what it looks at, per mode, at demo time t. */
function flight(mode: string, t: number, out: FlightPose) {
  if (mode === 'figure-eight') {
    out.x = 0.75 * Math.sin(t * 0.8)
    out.z = 0.05 + 0.3 * Math.sin(t * 1.6)
    out.y = 1.25 + 0.15 * Math.sin(t * 0.8)
  } else if (mode === 'orbit') {
    out.x = 1.1 * Math.sin(t * 0.6)
    out.z = RACK_Z + 0.75 * Math.cos(t * 0.6)
    out.y = 1.35
  } else {
    // Scan: sweep a row, step up, sweep back (a slow boustrophedon over the shelves).
    out.x = 0.65 * Math.sin(t * 0.9)
    out.y = 0.8 + 0.45 * (1 - Math.cos(t * 0.9 * 0.25))
    out.z = -0.15
  }
  out.lookX = Math.max(-0.7, Math.min(0.7, out.x))
  out.lookY = Math.max(0.3, Math.min(1.8, out.y - 0.2))
  // Orbiting, it looks at the rack from every side; otherwise at the front face.
  out.lookZ = mode === 'orbit' ? RACK_Z : RACK_FACE_Z
}

export function DroneRobot(props: RobotProps) {
  const drone = useRef<Group>(null)
  const props4 = useRef<InstancedMesh>(null)
  const beam = useRef<Mesh>(null)
  const beamMat = useRef<MeshBasicMaterial>(null)
  const pose = useRef<FlightPose>({ x: 0, y: 1, z: 0, lookX: 0, lookY: 1, lookZ: 0 })

  useDemoFrame(props, ({ t, energy }) => {
    if (!drone.current || !props4.current || !beam.current || !beamMat.current) return
    const p = pose.current
    flight(props.running ? (props.mode ?? 'scan') : 'scan', t, p)
    const hover = 0.03 * Math.sin(t * 2.3)
    drone.current.position.set(p.x, p.y + hover, p.z)
    const dx = p.lookX - p.x
    const dz = p.lookZ - p.z
    drone.current.rotation.y = Math.atan2(-dx, -dz)
    drone.current.rotation.z = 0.05 * Math.cos(t * 0.9)
    const reach = Math.max(0.3, Math.hypot(dx, dz) - (p.lookZ === RACK_Z ? 0.22 : 0))
    beam.current.scale.set(reach, reach * 0.5, reach)
    beam.current.rotation.x = Math.atan2(p.lookY - p.y, reach)
    beamMat.current.opacity = (0.12 + 0.16 * energy) * (0.8 + 0.2 * Math.sin(t * 7))
    for (let i = 0; i < 4; i++) {
      const a = Math.PI / 4 + (i * Math.PI) / 2
      const spin = (i % 2 ? 1 : -1) * t * PROP_SPIN + i
      m4.makeRotationY(spin).setPosition(ARM * Math.cos(a), 0.045, ARM * Math.sin(a))
      props4.current.setMatrixAt(i, m4)
    }
    props4.current.instanceMatrix.needsUpdate = true
  })

  return (
    <group name="kestrel">
      <mesh geometry={rackGeo} material={SHELL} castShadow receiveShadow />
      <group ref={drone}>
        <mesh geometry={bodyGeo} material={SHELL} castShadow />
        <instancedMesh ref={props4} args={[propGeo, propMat, 4]} frustumCulled={false} />
        <mesh ref={beam} geometry={beamGeo} position={[0, -0.05, -0.1]}>
          <meshBasicMaterial
            ref={beamMat}
            color="#bfe6ff"
            transparent
            opacity={0.15}
            depthWrite={false}
            blending={AdditiveBlending}
            side={2}
          />
        </mesh>
      </group>
    </group>
  )
}
