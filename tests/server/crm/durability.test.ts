import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openStore } from '../../../server/crm'
import { sql } from 'kysely'
import { SQLITE_FILE, openSqliteFile } from '../../../server/crm/sqlite'
import { SqliteThread } from '../../../server/crm/sqliteWorker/thread'
import { quietLogger } from './adapters'

const T0 = Date.parse('2025-06-01T10:00:00.000Z')

describe('the embedded SQLite store', () => {
  const dirs: string[] = []
  afterEach(() => {
    vi.restoreAllMocks()
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
  })
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

  it('opens its file in a worker thread, with WAL, full fsync and a busy timeout', async () => {
    const start = vi.spyOn(SqliteThread, 'start')
    const dir = dataDir()
    await (await openStore({ dataDir: dir, logger: quietLogger })).close()
    expect(start).toHaveBeenCalledTimes(1)
    expect(start.mock.calls[0][0]).toMatchObject({
      file: path.join(dir, SQLITE_FILE),
      pragmas: ['journal_mode = WAL', 'synchronous = FULL', 'busy_timeout = 5000'],
    })
    // ':memory:' (tests only) has no disk to wait for and stays on the main thread.
    await (await openStore({ dataDir: '', sqliteFile: ':memory:', logger: quietLogger })).close()
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('keeps a summon whose commit resolved, though the process is killed (-9) right after', async () => {
    const dir = dataDir()
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/sqliteWorker/commitThenKill.ts'],
      { env: { ...process.env, DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 45_000)
    const signal = await new Promise((resolve) => child.once('exit', (_code, sig) => resolve(sig)))
    clearTimeout(watchdog)
    const id = /^committed (\S+)$/m.exec(output)?.[1]
    expect({ signal, id }).toEqual({ signal: 'SIGKILL', id: expect.any(String) })

    const store = await openStore({ dataDir: dir, logger: quietLogger })
    expect((await store.listWaiting()).map((r) => r.id)).toEqual([id])
    await store.close()
  }, 60_000)
})
