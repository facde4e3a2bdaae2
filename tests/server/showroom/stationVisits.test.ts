import { describe, expect, it } from 'vitest'
import { StationVisitTracker, zoneAt } from '../../../server/showroom/stationVisits'
import { STATIONS } from '../../../shared/showroom'

const arm = STATIONS.find((s) => s.id === 'arm')!
const drone = STATIONS.find((s) => s.id === 'drone')!
const hall = { x: 0, z: 4 }

describe('station visits', () => {
  it('knows which zone a point is in', () => {
    expect(zoneAt(arm.viewpoint)).toBe('arm')
    expect(zoneAt(hall)).toBeUndefined()
  })

  it('records one visit with its dwell time and tries on leaving the zone', () => {
    const t = new StationVisitTracker()
    expect(t.moved('s1', hall, 0)).toBeUndefined()
    expect(t.moved('s1', arm.viewpoint, 1_000)).toBeUndefined()
    expect(t.moved('s1', { x: arm.viewpoint.x + 0.2, z: arm.viewpoint.z }, 2_000)).toBeUndefined()
    t.tried('s1', 'arm', 3_000)
    t.tried('s1', 'arm', 4_000)
    expect(t.moved('s1', hall, 9_500)).toEqual({
      sessionId: 's1',
      stationId: 'arm',
      enteredAt: 1_000,
      leftAt: 9_500,
      dwellMs: 8_500,
      tries: 2,
    })
  })

  it('closes the open visit when walking straight to another station, and on leaving the room', () => {
    const t = new StationVisitTracker()
    t.moved('s1', arm.viewpoint, 0)
    expect(t.moved('s1', drone.viewpoint, 5_000)).toMatchObject({
      stationId: 'arm',
      dwellMs: 5_000,
    })
    expect(t.at('s1')).toBe('drone')
    expect(t.left('s1', 6_000)).toMatchObject({ stationId: 'drone', dwellMs: 1_000 })
    expect(t.left('s1', 7_000)).toBeUndefined()
  })
})
