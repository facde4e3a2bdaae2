import { describe, expect, it } from 'vitest'
import { findPath, isClear, lineOfSight } from '../../shared/pathfinding'
import { OBSTACLES, RECEPTION } from '../../shared/showroom'

function walkable(from: { x: number; z: number }, path: { x: number; z: number }[]) {
  let at = from
  for (const p of path) {
    if (!lineOfSight(at, p)) return false
    at = p
  }
  return true
}

describe('click-to-walk paths', () => {
  it('walks straight when nothing is in the way', () => {
    expect(findPath({ x: -2, z: 2 }, { x: 2, z: 2 })).toEqual([{ x: 2, z: 2 }])
  })

  it('goes around the reception desk rather than through it', () => {
    const from = { x: RECEPTION.x, z: RECEPTION.z + 2 }
    const to = { x: RECEPTION.x, z: RECEPTION.z - 2 }
    expect(lineOfSight(from, to)).toBe(false)
    const path = findPath(from, to)!
    expect(path.length).toBeGreaterThan(1)
    expect(walkable(from, path)).toBe(true)
    expect(path[path.length - 1]).toEqual(to)
  })

  it('leads into the meeting corner through the gap in the glass', () => {
    const from = { x: 12, z: 2 }
    const to = { x: 12, z: 6.5 }
    const path = findPath(from, to)!
    expect(walkable(from, path)).toBe(true)
    const glass = OBSTACLES.find((o) => o.id === 'meeting-glass')!
    expect(path.some((p) => p.x < glass.minX)).toBe(true)
  })

  it('moves a target inside an obstacle to the nearest free spot', () => {
    const path = findPath({ x: 0, z: 4 }, { x: RECEPTION.x, z: RECEPTION.z })!
    expect(isClear(path[path.length - 1])).toBe(true)
  })
})
