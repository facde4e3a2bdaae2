/**
 * The local avatar against the server's word: its own moves coming back change nothing, a long
 * drift is corrected, and a placement it never asked for (a rep put beside a visitor) is taken at
 * once, even a short one, facing where the server turned it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { motion } from '../../../client/net/motion'
import { useShowroom } from '../../../client/net/store'
import { localPlayer } from '../../../client/scene/player/localPlayer'
import { forgetSentPoses, maybeSendPose } from '../../../client/scene/player/poseSender'
import { reconcileLocalPlayer, resetReconcile } from '../../../client/scene/player/reconcile'

const sent = vi.hoisted(() => [] as { x: number; z: number; ry: number }[])
vi.mock('../../../client/net/send', () => ({
  sendMove: (x: number, z: number, ry: number) => sent.push({ x, z, ry }) > 0,
}))

const ME = 'me'
let now = 1000
/** The server's pose for us arrives in a patch. */
const serverSays = (x: number, z: number, ry = 0) => motion.push(ME, x, z, ry, (now += 50))
/** Joined: the server's first pose is taken as is. */
const joinAt = (x: number, z: number) => {
  serverSays(x, z)
  expect(reconcileLocalPlayer()).toBe('joined')
}
/** The local avatar walks to (x, z) and its pose goes out. */
const walkAndSend = (x: number, z: number) => {
  Object.assign(localPlayer, { x, z })
  maybeSendPose((now += 50))
}

beforeEach(() => {
  motion.clear()
  sent.length = 0
  forgetSentPoses()
  resetReconcile()
  Object.assign(localPlayer, { ready: false, x: 0, z: 0, ry: 0, speed: 0, path: [] })
  useShowroom.setState({ me: { sessionId: ME, role: 'rep' } })
})

describe('reconciling the local avatar', () => {
  it('takes its first pose from the server', () => {
    serverSays(2, 3, Math.PI)
    expect(reconcileLocalPlayer()).toBe('joined')
    expect(localPlayer).toMatchObject({ ready: true, x: 2, z: 3, ry: Math.PI })
  })

  it('ignores its own moves coming back while it walks on', () => {
    joinAt(0, 0)
    walkAndSend(0.3, 0)
    walkAndSend(0.6, 0)
    walkAndSend(0.9, 0)
    serverSays(0.3, 0) // the server is a round trip behind
    expect(reconcileLocalPlayer()).toBeUndefined()
    expect(localPlayer.x).toBe(0.9)
  })

  it('goes where the server placed it, even a short way off, facing where it was turned', () => {
    joinAt(0, 0)
    walkAndSend(0.4, 0)
    const facingVisitor = 2.1
    serverSays(1.2, 0.5, facingVisitor) // beside the visitor: under the drift limit, never sent
    expect(reconcileLocalPlayer()).toBe('placed')
    expect(localPlayer).toMatchObject({ x: 1.2, z: 0.5, ry: facingVisitor, path: [] })
  })

  it('stops a click-walk when placed, and does not send the old pose back', () => {
    joinAt(0, 0)
    localPlayer.path = [{ x: 5, z: 5 }]
    serverSays(8, -4, 1)
    expect(reconcileLocalPlayer()).toBe('placed')
    expect(localPlayer.path).toEqual([])
    maybeSendPose((now += 50))
    expect(sent).toEqual([])
  })

  it('keeps its own echo once placed: the placement is now a pose it agrees with', () => {
    joinAt(0, 0)
    serverSays(8, -4, 1)
    reconcileLocalPlayer()
    serverSays(8, -4, 1.01) // the same place again (a later patch)
    expect(reconcileLocalPlayer()).toBeUndefined()
  })

  it('lets a few centimetres of disagreement pass while it walks on (no rubber band)', () => {
    joinAt(0, 0)
    walkAndSend(0.5, 0)
    walkAndSend(1, 0)
    walkAndSend(1.5, 0)
    serverSays(0.5, 0.08) // the server's sweep slid along a wall a little differently
    expect(reconcileLocalPlayer()).toBeUndefined()
    expect(localPlayer.x).toBe(1.5)
  })

  it('turns where the server turned it, even on the spot', () => {
    joinAt(0, 0)
    walkAndSend(0.5, 0)
    serverSays(0.5, 0, 2.5) // placed where it already stood, facing the visitor
    expect(reconcileLocalPlayer()).toBe('placed')
    expect(localPlayer.ry).toBe(2.5)
  })

  it('is corrected when it drifts too far from a pose it did send', () => {
    joinAt(0, 0)
    walkAndSend(0.2, 0)
    Object.assign(localPlayer, { x: 3 }) // moves refused by the server, prediction ran on
    serverSays(0.2, 0)
    expect(reconcileLocalPlayer()).toBe('corrected')
    expect(localPlayer.x).toBeCloseTo(0.2)
  })

  it('reads a new session as a placement when a rep follows a visitor to another room', () => {
    joinAt(0, 0)
    useShowroom.setState({ me: { sessionId: 'after-follow', role: 'rep' } })
    motion.push('after-follow', 0.5, 0.5, 0.7, (now += 50))
    expect(reconcileLocalPlayer()).toBe('placed')
    expect(localPlayer).toMatchObject({ x: 0.5, z: 0.5, ry: 0.7 })
  })
})
