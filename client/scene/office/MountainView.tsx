/**
 * What the north windows look onto: StormPeak's ridge at dusk. A curved sky with a dusk gradient
 * and three layers of jagged silhouettes, nearer layers darker, the highest summit catching the
 * last light. All vertex colours, unlit and outside the fog: no textures, two draw calls.
 */
import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import {
  BufferGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  MeshBasicMaterial,
  type Group,
} from 'three'
import { FLOOR } from '../../../shared/showroom'
import { WINDOW_HEAD_M } from './layout'

const EYE_Y = 1.6 // heights are chosen as angles seen from a standing visitor
const ARC = (200 * Math.PI) / 180 // the view spans 200° around north
const SKY_R = 240 // inside the camera's far plane (400 m)
/** Dusk, from the horizon up: warm glow, rose, mauve, into the brand's slate. */
const SKY: readonly (readonly [number, string])[] = [
  [-2, '#f2b27c'],
  [2, '#f0a07a'],
  [6, '#d98a86'],
  [12, '#a47fa3'],
  [22, '#6c6f9e'],
  [40, '#4a5780'],
  [60, '#3c4a70'],
]
const deg = (d: number) => (d * Math.PI) / 180
const LAYERS = [
  { r: 190, lo: 2, hi: 8, base: '#8a84a6', top: '#b49ab5', seed: 7, summit: 10.5 },
  { r: 120, lo: 1.2, hi: 5, base: '#56587d', top: '#75709a', seed: 3, summit: 0 },
  { r: 65, lo: 0.4, hi: 2.6, base: '#2d334c', top: '#414764', seed: 11, summit: 0 },
] as const
const SNOW = new Color('#f6d6cc') // alpenglow on the summit
const GROUND_NEAR = '#5a5d7c' // the valley floor below the windows…
const GROUND_FAR = '#a58fa6' // …fading into the evening haze
/**
 * The third-person camera looks down from above the window heads, so a ridge at its true height
 * would sit above them, out of sight. Like a painted backdrop, the view is lowered each frame so
 * the far crest shows this far below the window head, wherever the camera stands.
 */
const CREST_BELOW_HEAD_RAD = deg(3.5)
const FAR = LAYERS[0]

/** A small seeded generator (mulberry32): the ridge is the same for every visitor. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), s | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The centre of the view: the middle of the north wall. */
const CX = (FLOOR.minX + FLOOR.maxX) / 2

interface Column {
  x: number
  y: number
  z: number
  top: Color
  mid: Color
  base: Color
}

function ridgeGeometry(): BufferGeometry {
  const pos: number[] = []
  const col: number[] = []
  const c = new Color()
  for (const layer of LAYERS) {
    const rnd = random(layer.seed)
    const n = 160
    let prev: Column | null = null
    let wander = 0.5
    for (let i = 0; i <= n; i++) {
      const a = -ARC / 2 + (ARC * i) / n
      wander = Math.min(1, Math.max(0, wander + (rnd() - 0.5) * 0.35))
      const jag = (i % 2 ? 0.35 : 0) * rnd()
      let elev = layer.lo + (layer.hi - layer.lo) * Math.max(0, wander - jag)
      if (layer.summit) elev = Math.max(elev, layer.summit - Math.abs(a) * 40 - rnd() * 0.8)
      const x = CX + layer.r * Math.sin(a)
      const z = FLOOR.minZ - layer.r * Math.cos(a)
      const y = EYE_Y + layer.r * Math.tan(deg(elev))
      const top = c.set(layer.top).clone()
      if (elev > layer.hi + 0.6) top.lerp(SNOW, Math.min(1, (elev - layer.hi) / 2))
      const mid = new Color(layer.top).lerp(new Color(layer.base), 0.35)
      const cur: Column = { x, z, y, top, mid, base: new Color(layer.base) }
      if (prev) {
        // Two bands per column: base to shoulder, shoulder to crest (keeps snow on the crest).
        const sh = (k: Column) => k.y * 0.7 - 0.3
        const quad: [number, number, number, Color][] = [
          [prev.x, -1, prev.z, prev.base],
          [x, -1, z, cur.base],
          [x, sh(cur), z, mid],
          [prev.x, -1, prev.z, prev.base],
          [x, sh(cur), z, mid],
          [prev.x, sh(prev), prev.z, prev.mid],
          [prev.x, sh(prev), prev.z, prev.mid],
          [x, sh(cur), z, mid],
          [x, y, z, top],
          [prev.x, sh(prev), prev.z, prev.mid],
          [x, y, z, top],
          [prev.x, prev.y, prev.z, prev.top],
        ]
        for (const [qx, qy, qz, qc] of quad) {
          pos.push(qx, qy, qz)
          col.push(qc.r, qc.g, qc.b)
        }
      }
      prev = cur
    }
  }
  // The plain in front of the mountains, down to the foot of the north wall.
  const near = new Color(GROUND_NEAR)
  const far = new Color(GROUND_FAR)
  const [gx0, gx1, gz0, gz1] = [CX - 300, CX + 300, FLOOR.minZ - 0.5, FLOOR.minZ - 240]
  const ground: [number, number, Color][] = [
    [gx0, gz0, near],
    [gx1, gz0, near],
    [gx1, gz1, far],
    [gx0, gz0, near],
    [gx1, gz1, far],
    [gx0, gz1, far],
  ]
  for (const [x, z, gc] of ground) {
    pos.push(x, -0.05, z)
    col.push(gc.r, gc.g, gc.b)
  }
  const geo = new BufferGeometry()
  geo.setAttribute('position', new Float32BufferAttribute(pos, 3))
  geo.setAttribute('color', new Float32BufferAttribute(col, 3))
  return geo
}

function skyGeometry(): BufferGeometry {
  const top = SKY[SKY.length - 1][0]
  const height = SKY_R * Math.tan(deg(top))
  const rows = 48
  const geo = new CylinderGeometry(
    SKY_R,
    SKY_R,
    height + 10,
    48,
    rows,
    true,
    Math.PI - ARC / 2,
    ARC,
  )
  geo.translate(CX, height / 2 - 5 + EYE_Y, FLOOR.minZ)
  const p = geo.attributes.position
  const rgb = new Float32Array(p.count * 3)
  const c = new Color()
  for (let i = 0; i < p.count; i++) {
    const elev = (Math.atan2(p.getY(i) - EYE_Y, SKY_R) * 180) / Math.PI
    let k = 0
    while (k < SKY.length - 2 && elev > SKY[k + 1][0]) k++
    const [e0, c0] = SKY[k]
    const [e1, c1] = SKY[k + 1]
    const u = Math.min(1, Math.max(0, (elev - e0) / (e1 - e0)))
    c.set(c0).lerp(new Color(c1), u)
    rgb.set([c.r, c.g, c.b], i * 3)
  }
  geo.setAttribute('color', new Float32BufferAttribute(rgb, 3))
  return geo
}

const UNLIT = new MeshBasicMaterial({ vertexColors: true, fog: false, toneMapped: false, side: 2 })

export function MountainView() {
  const sky = useMemo(skyGeometry, [])
  const ridge = useMemo(ridgeGeometry, [])
  const view = useRef<Group>(null)
  useFrame(({ camera }) => {
    if (!view.current) return
    const toWall = Math.max(1, camera.position.z - FLOOR.minZ)
    const headDown = Math.atan2(camera.position.y - WINDOW_HEAD_M, toWall)
    const crestY = EYE_Y + FAR.r * Math.tan(deg(FAR.hi))
    const wanted = camera.position.y - (FAR.r + toWall) * Math.tan(headDown + CREST_BELOW_HEAD_RAD)
    view.current.position.y = wanted - crestY
  })
  return (
    <group ref={view} name="mountain-view">
      <mesh geometry={sky} material={UNLIT} renderOrder={-2} />
      <mesh geometry={ridge} material={UNLIT} renderOrder={-1} />
    </group>
  )
}
