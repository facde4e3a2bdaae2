/**
 * The SQLite connection's own thread. better-sqlite3 is synchronous: a commit with
 * synchronous=FULL waits for the disk (about 3 ms), and on the main thread that wait held up
 * every room message behind it. Here it blocks only this thread. The main thread
 * (./thread.ts) posts one statement at a time and the reply is sent only after the statement
 * returned, so a resolved COMMIT is on disk exactly as before.
 *
 * Plain ESM JavaScript on purpose: the server runs under tsx (`node --import tsx`) and the
 * tests under vitest, and a worker thread only gets a TypeScript loader in the first.
 *
 * workerData: {file: string, pragmas: string[]}. Messages in, one of:
 *   {id, type: 'run', sql, parameters}   -> {id, rows, blobs} | {id, changes, lastInsertRowid}
 *   {id, type: 'close'}                  -> {id, closed: true}
 * and any failure -> {id, error: {name, message, code}}. On start: {ready: true}, or
 * {failed: {name, message, code}} after which the thread ends.
 *
 * The main thread unrefs this worker while no request is outstanding, so an idle store does not
 * keep the process alive.
 */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'

/** Statements are prepared once per distinct SQL; the store issues a few dozen shapes. */
const STATEMENT_CACHE_SIZE = 200

/** @type {import('better-sqlite3').Database | null} */
let db = null
try {
  db = new Database(workerData.file)
  for (const pragma of workerData.pragmas) db.pragma(pragma)
} catch (err) {
  db?.close()
  db = null
  // No listener is added below, so the thread ends by itself once this reply is posted.
  parentPort.postMessage({ failed: describe(err) })
}

/** @type {Map<string, import('better-sqlite3').Statement>} */
const statements = new Map()

function prepare(sql) {
  let stmt = statements.get(sql)
  if (stmt) {
    // Most recently used goes last, so the first key is the one to evict.
    statements.delete(sql)
  } else {
    stmt = db.prepare(sql)
    if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value)
  }
  statements.set(sql, stmt)
  return stmt
}

/** A Buffer posted across threads arrives as a plain Uint8Array, which SQLite will not bind. */
function bindable(parameters) {
  return parameters.map((p) =>
    p instanceof Uint8Array && !Buffer.isBuffer(p)
      ? Buffer.from(p.buffer, p.byteOffset, p.byteLength)
      : p,
  )
}

/** What Kysely's own SqliteConnection does, with the result made postable. */
function run(sql, parameters) {
  const stmt = prepare(sql)
  if (stmt.reader) {
    const rows = stmt.all(bindable(parameters))
    return { rows, blobs: rows.some(hasBlob) }
  }
  const { changes, lastInsertRowid } = stmt.run(bindable(parameters))
  return { changes, lastInsertRowid }
}

function hasBlob(row) {
  for (const key in row) if (row[key] instanceof Uint8Array) return true
  return false
}

/** An Error does not cross threads with its `code`: send the parts the caller checks. */
function describe(err) {
  if (err instanceof Error) return { name: err.name, message: err.message, code: err.code }
  return { name: 'Error', message: String(err) }
}

function onMessage(msg) {
  try {
    if (msg.type === 'run') {
      parentPort.postMessage({ id: msg.id, ...run(msg.sql, msg.parameters) })
    } else if (msg.type === 'close') {
      statements.clear()
      db.close()
      parentPort.postMessage({ id: msg.id, closed: true })
    } else {
      throw new Error(`unknown SQLite worker request ${String(msg.type)}`)
    }
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: describe(err) })
  }
}

if (db) {
  parentPort.on('message', onMessage)
  parentPort.postMessage({ ready: true })
}
