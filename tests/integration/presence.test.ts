import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually, nextMessage, startServer, type RunningServer } from '../support/server'

let srv: RunningServer
beforeAll(async () => {
  srv = await startServer()
})
afterAll(async () => {
  await srv.stop()
})

describe('two visitors in the showroom', () => {
  it('see each other, see each other move, and chat', async () => {
    const ann = await srv.client().joinOrCreate('showroom', { name: 'Ann' })
    const annWelcome = nextMessage<{ protocolVersion: number }>(ann, 'welcome')
    const bob = await srv.client().joinOrCreate('showroom', { name: 'Bob' })
    expect((await annWelcome).protocolVersion).toBe(1)
    expect(bob.roomId).toBe(ann.roomId)

    await eventually(() => ann.state.avatars?.size === 2 && bob.state.avatars?.size === 2)
    const bobSeenByAnn = ann.state.avatars.get(bob.sessionId)!
    expect(bobSeenByAnn.name).toBe('Bob')
    expect(bobSeenByAnn.role).toBe('visitor')

    const start = { x: bobSeenByAnn.x, z: bobSeenByAnn.z }
    bob.send('move', { x: start.x + 0.4, z: start.z - 0.3, ry: 1 })
    await eventually(
      () => Math.abs(ann.state.avatars.get(bob.sessionId)!.x - (start.x + 0.4)) < 0.01,
    )

    const heard = nextMessage<{ name: string; text: string; private: boolean }>(ann, 'chat')
    bob.send('chat', { text: '  hello <b>Ann</b>  ' })
    const line = await heard
    expect(line).toMatchObject({ name: 'Bob', text: 'hello <b>Ann</b>', private: false })

    await Promise.all([ann.leave(), bob.leave()])
  })
})
