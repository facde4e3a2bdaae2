/**
 * A standalone preview of the showroom's look: lighting, office, the five stations and their
 * robots, with an orbit camera and no network. Developer page only (client/showcase.html).
 * Query: ?view=overview|north|entrance|arm|cobot|drone picks the camera, ?run=1 runs every demo,
 * ?mode=<id> picks a demo mode.
 */
import { OrbitControls } from '@react-three/drei'
import { Canvas, useFrame } from '@react-three/fiber'
import { Suspense } from 'react'
import { ENTRANCE, RECEPTION, STATIONS, type Vec2 } from '../../shared/showroom'
import { Lighting } from './environment/Lighting'
import { Office } from './office/Office'
import { ROBOTS } from './robots'
import { Station } from './stations/Station'

type View = { eye: readonly [number, number, number]; target: readonly [number, number, number] }

const station = (i: number): Vec2 => STATIONS[i].position
/** Camera positions derived from the floor plan. */
const VIEWS: Record<string, View> = {
  overview: { eye: [0, 16, 24], target: [0, 0, -1] },
  entrance: { eye: [ENTRANCE.x, 2.6, ENTRANCE.z], target: [0, 1.6, -4] },
  north: { eye: [RECEPTION.x, 2.2, RECEPTION.z - 2], target: [0, 2.4, -13] },
  arm: {
    eye: [station(0).x + 2.5, 2.4, station(0).z + 5],
    target: [station(0).x, 0.9, station(0).z],
  },
  quadruped: {
    eye: [station(1).x + 1.5, 2.2, station(1).z + 4.5],
    target: [station(1).x, 0.6, station(1).z],
  },
  amr: {
    eye: [station(2).x + 1.5, 2.6, station(2).z + 5],
    target: [station(2).x, 0.5, station(2).z],
  },
  drone: {
    eye: [station(3).x - 5, 2.6, station(3).z + 1.5],
    target: [station(3).x, 1.2, station(3).z],
  },
  cobot: {
    eye: [station(4).x + 4.5, 2.4, station(4).z + 2],
    target: [station(4).x, 1, station(4).z],
  },
}

/** Publishes the last frame's draw-call count for the screenshot script (dev preview only). */
function DrawCalls() {
  useFrame(({ gl }) => {
    ;(window as unknown as { __drawCalls?: number }).__drawCalls = gl.info.render.calls
  })
  return null
}

export default function ShowcaseDemo() {
  const params = new URLSearchParams(location.search)
  const view = VIEWS[params.get('view') ?? 'overview'] ?? VIEWS.overview
  const running = params.get('run') === '1'
  const mode = params.get('mode') ?? undefined
  return (
    <Canvas
      shadows="percentage"
      dpr={[1, 1.5]}
      camera={{ fov: 50, near: 0.1, far: 400, position: [...view.eye] }}
      gl={{ antialias: true }}
      style={{ position: 'fixed', inset: 0 }}
    >
      <Suspense fallback={null}>
        <Lighting />
        <Office />
        {STATIONS.map((s, i) => {
          const Robot = ROBOTS[s.id]
          return (
            <Station key={s.id} station={s} near={i === 0}>
              <Robot running={running} mode={mode} />
            </Station>
          )
        })}
      </Suspense>
      <OrbitControls target={[...view.target]} maxPolarAngle={Math.PI / 2 - 0.05} makeDefault />
      <DrawCalls />
    </Canvas>
  )
}
