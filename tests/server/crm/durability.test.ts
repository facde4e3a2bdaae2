import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../server/crm'
import { sql } from 'kysely'
import { SQLITE_FILE, openSqliteFile } from '../../../server/crm/sqlite'
import { quietLogger } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')

describe('the embedded SQLite store', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
  const dataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stormpeak-durable-'))
    dirs.push(dir)
    return path.join(dir, 'nested', 'data')
  }

  it('keeps an acknowledged summon after the store is closed and opened again', async () => {
    const dir = dataDir()
    const first = await openStore({ dataDir: dir, logger: quietLogger })
    const request = await first.createRequest({
      visitorId: 'v-1',
      visitorName: 'Ann',
      channel: 'kiosk',
      returning: true,
      priority: 2,
      at: T0,
    })
    await first.close()
    expect(existsSync(path.join(dir, SQLITE_FILE))).toBe(true)

    const second = await openStore({ dataDir: dir, logger: quietLogger })
    expect(await second.listWaiting()).toEqual([request])
    await second.close()
  })

  it('runs in WAL mode with full fsync on commit, and migrates only once', async () => {
    const dir = dataDir()
    await (await openStore({ dataDir: dir, logger: quietLogger })).close()
    const infos: unknown[] = []
    const logger = {
      ...quietLogger,
      info: (msg: string, extra?: object) => infos.push({ msg, extra }),
    }
    await (await openStore({ dataDir: dir, logger })).close()
    expect(infos).toEqual([{ msg: 'crm store open', extra: { dialect: 'sqlite' } }])

    const raw = new Database(path.join(dir, SQLITE_FILE))
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    raw.close()
    // synchronous is per connection: ask the store's own kind of connection.
    const db = openSqliteFile(path.join(dir, SQLITE_FILE))
    const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db)
    expect(rows[0].synchronous).toBe(2) // 2 = FULL
    await db.destroy()
  })

  it('sees a write made by another connection to the same file at once', async () => {
    const dir = dataDir()
    const a = await openStore({ dataDir: dir, logger: quietLogger })
    const b = await openStore({ dataDir: dir, logger: quietLogger })
    await a.createStaff({ email: 'a@b.c', name: 'A', role: 'rep', passwordHash: 'h', at: T0 })
    expect((await b.listStaff()).map((s) => s.email)).toEqual(['a@b.c'])
    await Promise.all([a.close(), b.close()])
  })
})
