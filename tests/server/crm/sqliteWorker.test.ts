/**
 * SQLite in a worker thread (server/crm/sqliteWorker): what the store relied on when
 * better-sqlite3 ran on the main thread must still hold, and a dead worker must fail loudly
 * instead of leaving callers waiting.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { Kysely, sql } from 'kysely'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DuplicateEmailError, openStore } from '../../../server/crm'
import { WorkerSqliteDialect } from '../../../server/crm/sqliteWorker/dialect'
import { quietLogger } from './adapters'

const CRASHING_WORKER = new URL('../../support/sqliteWorker/crashingWorker.mjs', import.meta.url)
const PRAGMAS = ['journal_mode = WAL', 'synchronous = FULL', 'busy_timeout = 5000']
const STOPPED = 'ERR_SQLITE_WORKER_STOPPED'

/** A plain table-level handle on the worker dialect (no store, no migrations). */
type Db = Kysely<Record<string, Record<string, unknown>>>

describe('SQLite in a worker thread', () => {
  const dirs: string[] = []
  const dbs: Db[] = []
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.destroy().catch(() => undefined)
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stormpeak-worker-'))
    dirs.push(dir)
    return dir
  }
  const open = (
    file = path.join(tempDir(), 'test.sqlite'),
    extra: { workerUrl?: URL; onStopped?: (err: Error) => void } = {},
  ): Db => {
    const db: Db = new Kysely({
      dialect: new WorkerSqliteDialect({ file, pragmas: PRAGMAS, ...extra }),
    })
    dbs.push(db)
    return db
  }

  it("keeps better-sqlite3's error name and code, with the caller's stack", async () => {
    const db = open()
    await sql`create table t (id integer primary key, name text unique)`.execute(db)
    await sql`insert into t (name) values (${'a'})`.execute(db)
    const err = await sql`insert into t (name) values (${'a'})`.execute(db).catch((e) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err).toMatchObject({
      name: 'SqliteError',
      code: 'SQLITE_CONSTRAINT_UNIQUE',
      message: 'UNIQUE constraint failed: t.name',
    })
    expect(err.stack).toContain('sqliteWorker.test.ts')
    // A statement error leaves the connection usable.
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows).toEqual([
      { n: 1 },
    ])
  })

  it('lets the store tell a taken email by its code, as before', async () => {
    const store = await openStore({ dataDir: tempDir(), logger: quietLogger })
    const input = { email: 'a@b.c', name: 'A', role: 'rep', passwordHash: 'h', at: 1 } as const
    await store.createStaff(input)
    await expect(store.createStaff({ ...input, email: 'A@B.C' })).rejects.toBeInstanceOf(
      DuplicateEmailError,
    )
    await store.close()
  })

  it('hands back blobs as Buffers, counts and insert ids as bigints, and binds bigints', async () => {
    const db = open()
    await sql`create table t (id integer primary key, b blob, n integer)`.execute(db)
    const bytes = Buffer.from([0, 1, 2, 250, 255])
    const inserted = await sql`insert into t (b, n) values (${bytes}, ${2n ** 40n})`.execute(db)
    expect(inserted).toMatchObject({ numAffectedRows: 1n, insertId: 1n })
    const { rows } = await sql<{ b: Buffer; n: number }>`select b, n from t`.execute(db)
    expect(Buffer.isBuffer(rows[0].b)).toBe(true)
    expect(rows[0].b.equals(bytes)).toBe(true)
    expect(rows[0].n).toBe(2 ** 40)
    const updated = await sql`update t set n = n + 1`.execute(db)
    expect(updated.numAffectedRows).toBe(1n)
  })

  it('keeps each transaction whole and unmixed while many callers write at once', async () => {
    const db = open()
    await sql`create table account (id integer primary key, balance integer not null)`.execute(db)
    await sql`create table log (id integer primary key, note text not null)`.execute(db)
    await sql`insert into account (id, balance) values (1, 0)`.execute(db)

    // Read-modify-write with a pause in the middle: any interleaving would lose an increment.
    const increment = (i: number) =>
      db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ balance: number }>`select balance from account`.execute(trx)
        await sleep(i % 3)
        await sql`update account set balance = ${rows[0].balance + 1}`.execute(trx)
      })
    // Writes, then fails: none of it may remain, and it must not take others' writes with it.
    const failing = (i: number) =>
      db.transaction().execute(async (trx) => {
        await sql`update account set balance = balance + 1000`.execute(trx)
        await sql`insert into log (note) values (${`doomed ${i}`})`.execute(trx)
        await sleep(1)
        throw new Error(`abandoned ${i}`)
      })
    const single = (i: number) => sql`insert into log (note) values (${`single ${i}`})`.execute(db)

    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0 ? failing(i) : i % 3 === 1 ? increment(i) : single(i),
      ),
    )
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(10)
    const balance = await sql<{ balance: number }>`select balance from account`.execute(db)
    expect(balance.rows[0].balance).toBe(10)
    const notes = (await sql<{ note: string }>`select note from log`.execute(db)).rows
    expect(notes.map((r) => r.note).sort()).toEqual(
      Array.from({ length: 10 }, (_, k) => `single ${3 * k + 2}`).sort(),
    )
  })

  it('rejects the call in flight and every later call when the worker exits, and says so once', async () => {
    const onStopped = vi.fn()
    const db = open(undefined, { workerUrl: CRASHING_WORKER, onStopped })
    await sql`create table t (id integer primary key)`.execute(db)

    const inFlight = sql`select 'exit'`.execute(db)
    const queued = sql`select count(*) from t`.execute(db) // waits for the connection
    await expect(inFlight).rejects.toMatchObject({ code: STOPPED })
    await expect(queued).rejects.toMatchObject({ code: STOPPED })
    const later = await sql`select 1`.execute(db).catch((e) => e)
    expect(later).toMatchObject({ code: STOPPED, name: 'Error' })
    expect(later.message).toMatch(
      /SQLite store is unavailable: the SQLite worker exited \(code 3\)/,
    )
    await expect(
      db.transaction().execute((trx) => sql`insert into t default values`.execute(trx)),
    ).rejects.toMatchObject({ code: STOPPED })

    expect(onStopped).toHaveBeenCalledTimes(1)
    expect(onStopped.mock.calls[0][0]).toMatchObject({ code: STOPPED })
    await db.destroy() // closing a dead store does not throw or wait
  }, 20_000)

  it('fails a transaction cut short by a crash, commits none of it, and frees the connection', async () => {
    const file = path.join(tempDir(), 'crash.sqlite')
    const onStopped = vi.fn()
    const db = open(file, { workerUrl: CRASHING_WORKER, onStopped })
    await sql`create table t (note text not null)`.execute(db)
    await sql`insert into t (note) values ('kept')`.execute(db)

    const cut = db.transaction().execute(async (trx) => {
      await sql`insert into t (note) values ('lost')`.execute(trx)
      await sql`select 'throw'`.execute(trx)
    })
    const waiting = sql`insert into t (note) values ('after')`.execute(db)
    await expect(cut).rejects.toMatchObject({ code: STOPPED })
    await expect(waiting).rejects.toMatchObject({ code: STOPPED })
    expect(onStopped).toHaveBeenCalledTimes(1)
    expect(onStopped.mock.calls[0][0].message).toContain('the worker blew up')

    const reopened = open(file)
    const { rows } = await sql<{ note: string }>`select note from t`.execute(reopened)
    expect(rows).toEqual([{ note: 'kept' }])
  }, 20_000)

  it('rejects with SQLite’s reason when the file cannot be opened', async () => {
    const db = open(tempDir()) // a directory
    await expect(sql`select 1`.execute(db)).rejects.toMatchObject({ code: 'SQLITE_CANTOPEN' })
  })

  it('lets the process end while the store is idle, but not before a write is committed', async () => {
    const dataDir = tempDir()
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/sqliteWorker/idleStore.ts'],
      {
        env: { ...process.env, DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve))
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 45_000)
    const code = await exit
    clearTimeout(watchdog)
    expect({ code, output }).toMatchObject({
      code: 0,
      output: expect.stringMatching(/^committed /),
    })

    const store = await openStore({ dataDir, logger: quietLogger })
    expect((await store.listWaiting()).map((r) => r.visitorId)).toEqual(['v-idle'])
    await store.close()
  }, 60_000)
})
