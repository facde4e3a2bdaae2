/**
 * The promise of `queue`: a summon the server acknowledged survives `kill -9`. A real server
 * process is killed mid-wait and started again on the same data directory; the summon is still
 * listed, still waiting, and a rep can take it.
 */
import { Client } from '@colyseus/sdk'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { addStaff, login, spawnServer, type ServerProcess } from '../support/process'
import { nextMessage } from '../support/server'

const REP = {
  email: 'rita@stormpeak.test',
  name: 'Rita',
  role: 'rep',
  password: 'rita-pass-1',
} as const

type Handoff = { id: string; requestId: string; status: string }

async function handoffs(url: string, token: string): Promise<Handoff[]> {
  const res = await fetch(`${url}/api/crm/handoffs`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { handoffs: Handoff[] }).handoffs
}

describe('a summon acknowledged with queue', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stormpeak-crash-'))
  let server: ServerProcess | undefined
  afterAll(async () => {
    await server?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('survives kill -9 of the server and can still be answered', async () => {
    await addStaff(dataDir, REP)
    server = await spawnServer(dataDir)
    const visitor = await new Client(server.url).joinOrCreate('showroom', { name: 'Vic' })
    visitor.onMessage('*', () => undefined)
    const queued = nextMessage<{ requestId: string }>(visitor, 'queue')
    visitor.send('summon', { stationId: 'drone', topic: 'range' })
    const { requestId } = await queued

    const port = server.port
    await server.kill() // no shutdown hook, no flush: only what was committed remains
    server = await spawnServer(dataDir, port)

    const token = await login(server.url, REP.email, REP.password)
    const listed = (await handoffs(server.url, token)).find((h) => h.requestId === requestId)
    expect(listed?.status).toBe('waiting')

    // After the restart the queue is still live: a rep who comes on shift can take it.
    const repClient = new Client(server.url)
    repClient.auth.token = token
    const rep = await repClient.joinOrCreate('showroom', {})
    rep.onMessage('*', () => undefined)
    const offered = nextMessage<{ requests: { requestId: string }[] }>(rep, 'requests')
    rep.send('status', { state: 'available' })
    expect((await offered).requests.map((r) => r.requestId)).toContain(requestId)
    const accepted = nextMessage<{ requestId: string }>(rep, 'handoff')
    rep.send('accept', { requestId })
    expect(await accepted).toMatchObject({ requestId })
    expect((await handoffs(server.url, token)).find((h) => h.requestId === requestId)?.status).toBe(
      'active',
    )
    await rep.leave()
  })
})
