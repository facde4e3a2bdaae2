/**
 * Click-to-walk paths around obstacles: A* on a grid over the floor, then the path is pulled
 * tight (only the corners where it must turn are kept). Pure and deterministic.
 */
import { AVATAR_RADIUS_M, FLOOR, OBSTACLES, type Obstacle, type Vec2 } from './showroom'

/** A quarter metre: finer than the narrowest gap a person walks through. */
const CELL_M = 0.25
/** Keep a little clear of edges so the walker does not scrape along them. */
const CLEARANCE_M = AVATAR_RADIUS_M + 0.1

const cols = Math.ceil((FLOOR.maxX - FLOOR.minX) / CELL_M)
const rows = Math.ceil((FLOOR.maxZ - FLOOR.minZ) / CELL_M)

const cellCentre = (c: number, r: number): Vec2 => ({
  x: FLOOR.minX + (c + 0.5) * CELL_M,
  z: FLOOR.minZ + (r + 0.5) * CELL_M,
})

export function isClear(p: Vec2, obstacles: readonly Obstacle[] = OBSTACLES): boolean {
  if (p.x < FLOOR.minX + CLEARANCE_M || p.x > FLOOR.maxX - CLEARANCE_M) return false
  if (p.z < FLOOR.minZ + CLEARANCE_M || p.z > FLOOR.maxZ - CLEARANCE_M) return false
  return obstacles.every(
    (b) =>
      p.x < b.minX - CLEARANCE_M ||
      p.x > b.maxX + CLEARANCE_M ||
      p.z < b.minZ - CLEARANCE_M ||
      p.z > b.maxZ + CLEARANCE_M,
  )
}

let blockedCache: Uint8Array | undefined
function blocked(): Uint8Array {
  if (blockedCache) return blockedCache
  const grid = new Uint8Array(cols * rows)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) grid[r * cols + c] = isClear(cellCentre(c, r)) ? 0 : 1
  }
  return (blockedCache = grid)
}

/** True when a straight walk between two points touches nothing. */
export function lineOfSight(a: Vec2, b: Vec2): boolean {
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.z - a.z) / (CELL_M / 2))
  for (let i = 0; i <= steps; i++) {
    const k = steps === 0 ? 0 : i / steps
    if (!isClear({ x: a.x + (b.x - a.x) * k, z: a.z + (b.z - a.z) * k })) return false
  }
  return true
}

function toCell(p: Vec2): number {
  const c = Math.min(cols - 1, Math.max(0, Math.floor((p.x - FLOOR.minX) / CELL_M)))
  const r = Math.min(rows - 1, Math.max(0, Math.floor((p.z - FLOOR.minZ) / CELL_M)))
  return r * cols + c
}

/** The nearest clear cell to `cell`, searching outwards ring by ring. */
function nearestClear(cell: number, grid: Uint8Array): number | undefined {
  if (!grid[cell]) return cell
  const c0 = cell % cols
  const r0 = Math.floor(cell / cols)
  for (let ring = 1; ring < Math.max(cols, rows); ring++) {
    for (let dr = -ring; dr <= ring; dr++) {
      for (let dc = -ring; dc <= ring; dc++) {
        if (Math.max(Math.abs(dr), Math.abs(dc)) !== ring) continue
        const c = c0 + dc
        const r = r0 + dr
        if (c >= 0 && r >= 0 && c < cols && r < rows && !grid[r * cols + c]) return r * cols + c
      }
    }
  }
  return undefined
}

const NEIGHBOURS = [
  [1, 0, 1],
  [-1, 0, 1],
  [0, 1, 1],
  [0, -1, 1],
  [1, 1, Math.SQRT2],
  [1, -1, Math.SQRT2],
  [-1, 1, Math.SQRT2],
  [-1, -1, Math.SQRT2],
] as const

function aStar(start: number, goal: number, grid: Uint8Array): number[] | undefined {
  const g = new Float64Array(cols * rows).fill(Infinity)
  const from = new Int32Array(cols * rows).fill(-1)
  const open = new MinHeap()
  const gc = goal % cols
  const gr = Math.floor(goal / cols)
  const h = (i: number) => Math.hypot((i % cols) - gc, Math.floor(i / cols) - gr)
  g[start] = 0
  open.push(start, h(start))
  while (open.size > 0) {
    const cur = open.pop()
    if (cur === goal) break
    const c = cur % cols
    const r = Math.floor(cur / cols)
    for (const [dc, dr, cost] of NEIGHBOURS) {
      const nc = c + dc
      const nr = r + dr
      if (nc < 0 || nr < 0 || nc >= cols || nr >= rows) continue
      const n = nr * cols + nc
      // No corner cutting: a diagonal step needs both side cells free.
      if (grid[n] || (dc && dr && (grid[r * cols + nc] || grid[nr * cols + c]))) continue
      const tentative = g[cur] + cost
      if (tentative < g[n]) {
        g[n] = tentative
        from[n] = cur
        open.push(n, tentative + h(n))
      }
    }
  }
  if (start !== goal && from[goal] === -1) return undefined
  const cells: number[] = []
  for (let i = goal; i !== -1; i = from[i]) cells.unshift(i)
  return cells
}

/** Keeps only the points where the path must turn. */
function pullTight(from: Vec2, points: Vec2[]): Vec2[] {
  const out: Vec2[] = []
  let anchor = from
  for (let i = 0; i < points.length; i++) {
    const next = points[i + 1]
    if (!next || !lineOfSight(anchor, next)) {
      out.push(points[i])
      anchor = points[i]
    }
  }
  return out
}

/**
 * Waypoints (excluding `from`) that walk from `from` to `to` without touching an obstacle; a
 * target inside an obstacle is moved to the nearest free spot. Undefined if there is no way.
 */
export function findPath(from: Vec2, to: Vec2): Vec2[] | undefined {
  if (lineOfSight(from, to)) return [to]
  const grid = blocked()
  const start = nearestClear(toCell(from), grid)
  const goal = nearestClear(toCell(to), grid)
  if (start === undefined || goal === undefined) return undefined
  const cells = aStar(start, goal, grid)
  if (!cells) return undefined
  const points = cells.map((i) => cellCentre(i % cols, Math.floor(i / cols)))
  const end = goal === toCell(to) && isClear(to) ? to : points[points.length - 1]
  points[points.length - 1] = end
  return pullTight(from, points)
}

/** A small binary heap of (item, priority) for A*. */
class MinHeap {
  private items: number[] = []
  private prio: number[] = []
  get size() {
    return this.items.length
  }
  push(item: number, p: number) {
    this.items.push(item)
    this.prio.push(p)
    let i = this.items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.prio[parent] <= this.prio[i]) break
      this.swap(i, parent)
      i = parent
    }
  }
  pop(): number {
    const top = this.items[0]
    const lastItem = this.items.pop()!
    const lastPrio = this.prio.pop()!
    if (this.items.length > 0) {
      this.items[0] = lastItem
      this.prio[0] = lastPrio
      let i = 0
      for (;;) {
        const l = i * 2 + 1
        const r = l + 1
        let m = i
        if (l < this.items.length && this.prio[l] < this.prio[m]) m = l
        if (r < this.items.length && this.prio[r] < this.prio[m]) m = r
        if (m === i) break
        this.swap(i, m)
        i = m
      }
    }
    return top
  }
  private swap(a: number, b: number) {
    ;[this.items[a], this.items[b]] = [this.items[b], this.items[a]]
    ;[this.prio[a], this.prio[b]] = [this.prio[b], this.prio[a]]
  }
}
