/**
 * Runs one suite against every CrmStore adapter. SQLite gets a temporary file per store;
 * PostgreSQL gets a throwaway schema per store (dropped afterwards) so parallel test files never
 * share tables. PostgreSQL is required when CI is set; elsewhere an unreachable server skips its
 * half of the suite with the reason printed.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, describe } from 'vitest'
import { openStore, type CrmStore } from '../../../server/crm'
import { createLogger } from '../../../server/logger'

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
export const quietLogger = createLogger('silent')

async function pgProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  } finally {
    await client.end().catch(() => undefined)
  }
}

const problem = await pgProblem()
if (problem && process.env.CI) throw new Error(`PostgreSQL must be reachable in CI: ${problem}`)
if (problem) console.warn(`PostgreSQL adapter tests skipped (${PG_URL} unreachable): ${problem}`)

export interface Adapter {
  name: 'sqlite' | 'postgres'
  skip: string | null
}

export const ADAPTERS: Adapter[] = [
  { name: 'sqlite', skip: null },
  { name: 'postgres', skip: problem },
]

/** A database that can be opened more than once, as two server processes would. */
export interface TestDatabase {
  open(): Promise<CrmStore>
  /** For SQLite, the data directory (to check files on disk). */
  dataDir: string
}

let counter = 0

/** Registers cleanup for the calling suite and returns a factory of fresh, empty databases. */
export function useDatabases(adapter: Adapter): () => TestDatabase {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn()
  })
  return () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'stormpeak-crm-'))
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }))
    const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`
    if (adapter.name === 'postgres') cleanups.push(() => dropSchema(schema))
    return {
      dataDir,
      async open() {
        const store = await openStore({
          dataDir,
          databaseUrl: adapter.name === 'postgres' ? PG_URL : undefined,
          pgSchema: schema,
          logger: quietLogger,
        })
        cleanups.push(() => store.close())
        return store
      },
    }
  }
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  try {
    await client.query(`drop schema if exists ${schema} cascade`)
  } finally {
    await client.end()
  }
}

/** describe.each over the adapters, skipping (with the printed reason) those that cannot run. */
export function forEachAdapter(title: string, body: (adapter: Adapter) => void): void {
  describe.each(ADAPTERS)('$name', (adapter) => {
    describe.skipIf(adapter.skip !== null)(title, () => body(adapter))
  })
}
