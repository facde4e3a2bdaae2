import { describe, expect, it } from 'vitest'
import {
  MAX_STEP_M,
  allowedStep,
  clampToFloor,
  judgeMove,
  resolveCollisions,
  stationNear,
  sweep,
} from '../../shared/rules'
import { AVATAR_RADIUS_M, FLOOR, OBSTACLES, STATIONS } from '../../shared/showroom'

const open = { x: 0, z: 4, ry: 0 } // the middle of the hall: nothing within a few metres

describe('move clamping', () => {
  it('keeps a body a radius inside the outer walls', () => {
    expect(clampToFloor({ x: 100, z: -100 })).toEqual({
      x: FLOOR.maxX - AVATAR_RADIUS_M,
      z: FLOOR.minZ + AVATAR_RADIUS_M,
    })
  })

  it('accepts a short walking step unchanged', () => {
    const v = judgeMove(open, { x: 0.1, z: 4.1, ry: 0.5 }, 50)
    expect(v).toEqual({ ok: true, pose: { x: 0.1, z: 4.1, ry: 0.5 } })
  })

  it('refuses a jump further than walking allows in the time elapsed', () => {
    expect(judgeMove(open, { x: 5, z: 4, ry: 0 }, 50)).toEqual({ ok: false, reason: 'teleport' })
  })

  it('never allows more than MAX_STEP_M however long the pause', () => {
    expect(allowedStep(60_000)).toBe(MAX_STEP_M)
    expect(judgeMove(open, { x: MAX_STEP_M + 0.5, z: 4, ry: 0 }, 60_000).ok).toBe(false)
  })

  it('slides a walker along the outer wall instead of through it', () => {
    const nearWall = { x: 0, z: FLOOR.minZ + 0.5, ry: 0 }
    const v = judgeMove(nearWall, { x: 0.3, z: FLOOR.minZ - 0.2, ry: 0 }, 200)
    expect(v.ok).toBe(true)
    if (v.ok) {
      expect(v.pose.z).toBeCloseTo(FLOOR.minZ + AVATAR_RADIUS_M, 5)
      expect(v.pose.x).toBeCloseTo(0.3, 5)
    }
  })

  it('normalises the heading into [0, 2π)', () => {
    const v = judgeMove(open, { x: 0, z: 4, ry: -Math.PI / 2 }, 50)
    expect(v.ok && v.pose.ry).toBeCloseTo((3 * Math.PI) / 2, 6)
  })
})

describe('wall collision', () => {
  const glass = OBSTACLES.find((o) => o.id === 'meeting-glass')!

  it('pushes a point out of an obstacle by the nearest face', () => {
    const inside = { x: (glass.minX + glass.maxX) / 2, z: glass.minZ + 0.01 }
    const out = resolveCollisions(inside)
    expect(out.z).toBeCloseTo(glass.minZ - AVATAR_RADIUS_M, 5)
  })

  it('does not let a fast step tunnel through a thin wall', () => {
    const north = { x: 12, z: glass.minZ - 0.5 }
    const south = { x: 12, z: glass.maxZ + 0.5 }
    const end = sweep(north, south)
    expect(end.z).toBeLessThan(glass.minZ)
  })

  it('keeps people off a robot plinth', () => {
    const arm = STATIONS.find((s) => s.id === 'arm')!
    const end = resolveCollisions(arm.position)
    const plinth = OBSTACLES.find((o) => o.id === 'plinth-arm')!
    const outside =
      end.x <= plinth.minX - AVATAR_RADIUS_M + 1e-9 ||
      end.x >= plinth.maxX + AVATAR_RADIUS_M - 1e-9 ||
      end.z <= plinth.minZ - AVATAR_RADIUS_M + 1e-9 ||
      end.z >= plinth.maxZ + AVATAR_RADIUS_M - 1e-9
    expect(outside).toBe(true)
  })
})

describe('stations', () => {
  it('finds the station whose ring you stand in, and none in the open hall', () => {
    expect(stationNear(STATIONS[0].viewpoint)?.id).toBe(STATIONS[0].id)
    expect(stationNear({ x: 0, z: 4 })).toBeUndefined()
  })
})
