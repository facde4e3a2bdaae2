/**
 * Procedural part helpers shared by the robots, the stations and the office. Every rigid piece is
 * built from primitive geometries painted with a vertex colour and merged into one geometry, so a
 * rigid link of several colours costs one draw call. Geometries are built once, at module load or
 * in a useMemo, never per frame.
 */
import {
  BoxGeometry,
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Euler,
  Float32BufferAttribute,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

export type Triple = readonly [number, number, number]

const ORIGIN: Triple = [0, 0, 0]

/** A transform from a position, Euler angles (radians) and an optional scale. */
export function place(at: Triple = ORIGIN, rot: Triple = ORIGIN, scale: Triple = [1, 1, 1]) {
  return new Matrix4().compose(
    new Vector3(...at),
    new Quaternion().setFromEuler(new Euler(...rot)),
    new Vector3(...scale),
  )
}

/** Moves a geometry into place and gives every vertex one colour (sRGB hex in, linear stored). */
export function paint(geo: BufferGeometry, color: string, m: Matrix4 = place()): BufferGeometry {
  geo.applyMatrix4(m)
  const c = new Color(color)
  const n = geo.attributes.position.count
  const rgb = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) rgb.set([c.r, c.g, c.b], i * 3)
  geo.setAttribute('color', new Float32BufferAttribute(rgb, 3))
  return geo
}

export const box = (size: Triple, color: string, at?: Triple, rot?: Triple) =>
  paint(new BoxGeometry(...size), color, place(at, rot))

/** A cylinder along y; `segments` stays low because these are small parts. */
export const cyl = (
  rTop: number,
  rBottom: number,
  height: number,
  color: string,
  at?: Triple,
  rot?: Triple,
  segments = 20,
) => paint(new CylinderGeometry(rTop, rBottom, height, segments), color, place(at, rot))

export const ball = (radius: number, color: string, at?: Triple, scale?: Triple) =>
  paint(new SphereGeometry(radius, 16, 12), color, place(at, ORIGIN, scale))

/** Merges painted parts into one geometry (indexed and non-indexed parts may be mixed). */
export function merge(...parts: BufferGeometry[]): BufferGeometry {
  const mixed = parts.some((p) => p.index) && parts.some((p) => !p.index)
  const ready = mixed ? parts.map((p) => (p.index ? p.toNonIndexed() : p)) : parts
  const merged = mergeGeometries(ready)
  for (const p of parts) p.dispose()
  return merged
}

/** White and slate plastic shells: the look of every robot. Colours come from the vertices. */
export const SHELL = new MeshStandardMaterial({
  vertexColors: true,
  roughness: 0.38,
  metalness: 0.08,
})
/** Brushed metal: grippers, posts, shafts; the environment map gives it its sheen. */
export const METAL = new MeshStandardMaterial({
  vertexColors: true,
  roughness: 0.28,
  metalness: 0.85,
})
/** Walls, wood and fabric: no sheen. */
export const MATTE = new MeshStandardMaterial({ vertexColors: true, roughness: 0.85, metalness: 0 })
