/**
 * PostgreSQL, for several processes sharing one showroom. The default synchronous_commit=on
 * already means a resolved write is on disk. Integers arrive as numbers: bigint (epoch ms, counts)
 * is parsed with Number, safe far beyond any timestamp we store.
 */
import pg from 'pg'
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely'
import type { Database as Tables } from './schema'

const INT8_OID = 20
/** Enough for a room process's bursts; PostgreSQL's default limit is 100 connections. */
const POOL_SIZE = 10

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
}

/**
 * `schema`, when given, is created if missing and put first on every connection's search_path:
 * tests use a throwaway schema per file so parallel runs never share tables.
 */
export async function openPostgres(url: string, schema?: string): Promise<Kysely<Tables>> {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`)
  if (schema) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(`create schema if not exists ${schema}`)
    } finally {
      await client.end()
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  return new Kysely<Tables>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  })
}
