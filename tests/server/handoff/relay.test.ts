/**
 * Two handoff hubs, as two server processes would run them: one Redis for presence pub/sub and one
 * store. A visitor summons in the first process and a rep in the second accepts: the rep hears of
 * the request, exactly one store row changes, and the visitor is told who is coming.
 */
import { RedisPresence } from '@colyseus/redis-presence'
import type { Client } from '@colyseus/core'
import { createConnection } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { HandoffHub } from '../../../server/handoff/hub'
import { EventRelay } from '../../../server/handoff/relay'
import { quietLogger, useDatabases, ADAPTERS } from '../crm/adapters'
import { eventually } from '../../support/server'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

function redisProblem(): Promise<string | null> {
  const { hostname, port } = new URL(REDIS_URL)
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) || 6379 })
    socket.setTimeout(2_000)
    socket.once('connect', () => (socket.end(), resolve(null)))
    socket.once('timeout', () => (socket.destroy(), resolve('timed out')))
    socket.once('error', (err) => resolve(err.message))
  })
}

const problem = await redisProblem()
if (problem && process.env.CI) throw new Error(`Redis must be reachable in CI: ${problem}`)
if (problem) console.warn(`Relay tests skipped (${REDIS_URL} unreachable): ${problem}`)

interface Inbox {
  client: Client
  got: { type: string; payload: Record<string, unknown> }[]
}

function fakeClient(sessionId: string): Inbox {
  const got: Inbox['got'] = []
  const client = {
    sessionId,
    send: (type: string, payload: Record<string, unknown>) => got.push({ type, payload }),
  } as unknown as Client
  return { client, got }
}

describe.skipIf(!!problem)('handoff hubs in two processes', () => {
  const database = useDatabases(ADAPTERS[0])
  const stops: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop()
  })

  async function hub(
    name: string,
    store: Awaited<ReturnType<ReturnType<typeof database>['open']>>,
  ) {
    const presence = new RedisPresence(REDIS_URL)
    const h = new HandoffHub({
      store,
      logger: quietLogger,
      now: Date.now,
      relay: new EventRelay(presence, name),
    })
    await h.start()
    // Cleanup runs in reverse: the hub stops (and unsubscribes) before its connections close.
    stops.push(async () => {
      const conns = presence as unknown as Record<'pub' | 'sub', { quit(): Promise<unknown> }>
      await Promise.all([conns.sub.quit(), conns.pub.quit()])
    })
    stops.push(() => h.stop())
    return h
  }

  it('lets a rep in one process answer a visitor in another, and records it once', async () => {
    const db = database()
    const store = await db.open()
    const visitorSide = await hub('process-a', store)
    const repSide = await hub('process-b', await db.open())
    const visitor = fakeClient('visitor-1')
    const rep = fakeClient('rep-1')
    visitorSide.seat('visitor-1', {
      client: visitor.client,
      staff: false,
      placeBeside: () => false,
      roomId: 'room',
    })
    repSide.seat('rep-1', {
      client: rep.client,
      staff: true,
      placeBeside: () => false,
      roomId: 'room',
    })

    await repSide.dispatch({
      type: 'rep-status',
      repSessionId: 'rep-1',
      repId: 'staff-1',
      name: 'Dana',
      state: 'available',
    })
    await store.upsertVisitor({ id: 'v-1', displayName: 'Ann', at: Date.now() })
    await visitorSide.dispatch({
      type: 'summon',
      requestId: 'r-1',
      visitorSessionId: 'visitor-1',
      visitorId: 'v-1',
      visitorName: 'Ann',
      channel: 'web',
      returning: false,
    })
    expect(visitor.got.find((m) => m.type === 'queue')?.payload).toMatchObject({ requestId: 'r-1' })

    // The rep, seated in the other process, hears of the request…
    await eventually(() =>
      rep.got.some(
        (m) =>
          m.type === 'requests' &&
          (m.payload.requests as { requestId: string }[]).some((r) => r.requestId === 'r-1'),
      ),
    )
    // …accepts there, and the visitor here is told who is coming.
    await repSide.dispatch({
      type: 'accept',
      repSessionId: 'rep-1',
      requestId: 'r-1',
      handoffId: 'h-r-1',
    })
    await eventually(() => visitor.got.some((m) => m.type === 'handoff'))
    expect(visitor.got.find((m) => m.type === 'handoff')?.payload).toMatchObject({
      requestId: 'r-1',
      rep: { sessionId: 'rep-1', name: 'Dana' },
    })
    expect(rep.got.some((m) => m.type === 'handoff')).toBe(true)
    const rows = await store.listHandoffs()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ requestId: 'r-1', status: 'active', repId: 'staff-1' })
  })
})
