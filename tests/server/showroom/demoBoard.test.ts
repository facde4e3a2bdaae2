import { describe, expect, it } from 'vitest'
import { DEMO_TURN_MS } from '../../../shared/demos'
import { DemoBoard } from '../../../server/showroom/demoBoard'

const ann = { sessionId: 'a', name: 'Ann' }
const bob = { sessionId: 'b', name: 'Bob' }
const cy = { sessionId: 'c', name: 'Cy' }

describe('robot demo turns', () => {
  it('lets the first visitor drive and puts the next ones in line', () => {
    const board = new DemoBoard(['arm'])
    expect(board.try('arm', ann, undefined, 0)).toEqual({ kind: 'driving' })
    expect(board.try('arm', bob, undefined, 10)).toEqual({ kind: 'queued', position: 1 })
    expect(board.try('arm', cy, undefined, 20)).toEqual({ kind: 'queued', position: 2 })
    expect(board.try('arm', bob, undefined, 30)).toEqual({ kind: 'queued', position: 1 })
    expect(board.stations.get('arm')!.driver).toEqual(ann)
  })

  it('hands the controls to the next in line when the turn runs out', () => {
    const board = new DemoBoard(['arm'])
    board.try('arm', ann, 'sort', 0)
    board.try('arm', bob, undefined, 0)
    expect(board.tick(DEMO_TURN_MS - 1)).toEqual([])
    expect(board.tick(DEMO_TURN_MS)).toEqual(['arm'])
    const s = board.stations.get('arm')!
    expect(s.driver).toEqual(bob)
    expect(s.mode).toBe('sort')
    expect(board.tick(DEMO_TURN_MS * 2)).toEqual(['arm'])
    expect(s.driver).toBeUndefined()
  })

  it('refuses a mode the robot does not know', () => {
    const board = new DemoBoard(['drone'])
    expect(board.try('drone', ann, 'moonwalk', 0)).toEqual({ kind: 'invalid-mode' })
    expect(board.stations.get('drone')!.driver).toBeUndefined()
  })

  it('frees the robot and the line when someone leaves', () => {
    const board = new DemoBoard(['arm', 'amr'])
    board.try('arm', ann, undefined, 0)
    board.try('amr', bob, undefined, 0)
    board.try('amr', ann, undefined, 0)
    expect(board.leave('a', 5).sort()).toEqual(['amr', 'arm'])
    expect(board.stations.get('arm')!.driver).toBeUndefined()
    expect(board.stations.get('amr')!.queue).toEqual([])
  })
})
