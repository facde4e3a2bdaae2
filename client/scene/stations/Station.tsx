/**
 * One robot station: a low round platform with a floor marking, the square plinth that keeps
 * people off the robot's working area (drawn from its obstacle, so collision matches), a standing
 * sign beside the viewpoint, and an orange ring that glows and breathes when the local visitor is
 * close enough to interact. The robot (children) stands on the plinth, facing the viewpoint.
 */
import { useFrame } from '@react-three/fiber'
import { type ReactNode, useMemo, useRef } from 'react'
import { MeshStandardMaterial, RingGeometry } from 'three'
import { OBSTACLES, type Station as StationData, type StationId } from '../../../shared/showroom'
import { Label } from '../label/Label'
import { PALETTE } from '../palette'
import { useView } from '../viewStore'
import { MATTE, box, cyl, merge, paint, place } from '../robots/parts'

export interface StationProps {
  station: StationData
  /** The local visitor is within interaction range: light the ring. */
  near: boolean
  /** The robot, placed on the plinth at the station position. */
  children?: ReactNode
}

const SUBTITLES: Record<StationId, string> = {
  arm: 'Six-axis arm · pick and place',
  quadruped: 'Legged inspection for plants and tunnels',
  amr: 'Autonomous carts around your warehouse',
  drone: 'Indoor inventory drone',
  cobot: 'Works beside people · teach by hand',
}

const PLATFORM_H = 0.06 // a low step, easy to read as "a stage"
const SIGN_OUT_M = 0.35 // sign stands this far outside the platform edge…
const SIGN_SIDE_M = 1.3 // …and this far to the right, so it never hides the robot
const BOARD_Y = 1.05 // centre of the sign board (m): reading height for a standing visitor
const BOARD_TILT = 0.3 // rad: a lectern leans back towards the reader
const BOARD: readonly [number, number] = [0.9, 0.5]
const PULSE_PER_S = 2.4 // rad/s: a calm breath, not a blink

function signPlacement(s: StationData) {
  const fx = s.position.x - s.viewpoint.x
  const fz = s.position.z - s.viewpoint.z
  const len = Math.hypot(fx, fz) || 1
  const [dx, dz] = [fx / len, fz / len] // viewpoint → robot
  const out = s.platformRadius + SIGN_OUT_M
  const x = -dx * out - dz * SIGN_SIDE_M
  const z = -dz * out + dx * SIGN_SIDE_M
  return { x, z, yaw: Math.atan2(-dx, -dz), robotYaw: Math.atan2(-dx, -dz) }
}

function stationGeometry(s: StationData, sign: ReturnType<typeof signPlacement>, plinthH: number) {
  const r = s.platformRadius
  const plinth = OBSTACLES.find((o) => o.id === `plinth-${s.id}`)
  const w = plinth ? plinth.maxX - plinth.minX : 3
  const d = plinth ? plinth.maxZ - plinth.minZ : 3
  const cx = plinth ? (plinth.minX + plinth.maxX) / 2 - s.position.x : 0
  const cz = plinth ? (plinth.minZ + plinth.maxZ) / 2 - s.position.z : 0
  const signGeo = merge(
    cyl(0.035, 0.035, BOARD_Y - 0.1, PALETTE.metal, [0, (BOARD_Y - 0.1) / 2, 0]),
    box([0.4, 0.03, 0.3], PALETTE.slate, [0, 0.015, 0]),
    box([BOARD[0], BOARD[1], 0.04], PALETTE.slate, [0, BOARD_Y, 0], [-BOARD_TILT, 0, 0]),
    box(
      [BOARD[0], 0.03, 0.045],
      PALETTE.signal,
      [0, BOARD_Y + (BOARD[1] / 2) * Math.cos(BOARD_TILT), -0.07],
      [-BOARD_TILT, 0, 0],
    ),
  ).applyMatrix4(place([sign.x, 0, sign.z], [0, sign.yaw, 0]))
  return merge(
    cyl(r, r + 0.02, PLATFORM_H, '#e4e5e8', [0, PLATFORM_H / 2, 0], undefined, 64),
    paint(
      new RingGeometry(r - 0.2, r - 0.16, 64),
      PALETTE.slateLight,
      place([0, PLATFORM_H + 0.002, 0], [-Math.PI / 2, 0, 0]),
    ),
    box([w, plinthH - 0.04, d], PALETTE.plastic, [cx, (plinthH - 0.04) / 2 + 0.02, cz]),
    box([w - 0.04, 0.04, d - 0.04], PALETTE.slate, [cx, 0.02 + PLATFORM_H / 2, cz]),
    box([w * 0.3, 0.006, 0.05], PALETTE.signal, [cx, plinthH + 0.003, cz + d / 2 - 0.06]),
    signGeo,
  )
}

export function Station({ station, near, children }: StationProps) {
  const plinthH = OBSTACLES.find((o) => o.id === `plinth-${station.id}`)?.height ?? 0.25
  const sign = useMemo(() => signPlacement(station), [station])
  const geometry = useMemo(() => stationGeometry(station, sign, plinthH), [station, sign, plinthH])
  const r = station.platformRadius
  const ringGeo = useMemo(() => new RingGeometry(r + 0.08, r + 0.22, 96), [r])
  const ringMat = useMemo(
    () =>
      new MeshStandardMaterial({
        color: PALETTE.signal,
        emissive: PALETTE.signal,
        emissiveIntensity: 0,
        transparent: true,
        opacity: 0.3,
        roughness: 0.6,
      }),
    [],
  )
  const glow = useRef(0)
  useFrame(({ clock }, delta) => {
    glow.current += ((near ? 1 : 0) - glow.current) * Math.min(1, delta * 4)
    const breath = useView.getState().reducedMotion
      ? 1
      : 0.75 + 0.25 * Math.sin(clock.elapsedTime * PULSE_PER_S)
    ringMat.emissiveIntensity = glow.current * 1.8 * breath
    ringMat.opacity = 0.3 + 0.7 * glow.current
  })

  const textZ = 0.025
  return (
    <group name={`station-${station.id}`} position={[station.position.x, 0, station.position.z]}>
      <mesh geometry={geometry} material={MATTE} receiveShadow castShadow />
      <mesh geometry={ringGeo} material={ringMat} rotation-x={-Math.PI / 2} position-y={0.012} />
      <group position={[sign.x, BOARD_Y, sign.z]} rotation-y={sign.yaw}>
        <group rotation-x={-BOARD_TILT}>
          <Label weight={700} fontSize={0.17} color="#ffffff" position={[0, 0.07, textZ]}>
            {station.name}
          </Label>
          <Label
            weight={400}
            fontSize={0.052}
            color={PALETTE.signalSoft}
            maxWidth={BOARD[0] - 0.1}
            position={[0, -0.1, textZ]}
          >
            {SUBTITLES[station.id]}
          </Label>
        </group>
      </group>
      <group position-y={plinthH} rotation-y={sign.robotYaw}>
        {children}
      </group>
    </group>
  )
}
