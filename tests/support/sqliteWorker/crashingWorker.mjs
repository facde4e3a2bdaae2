/**
 * The real SQLite worker (server/crm/sqliteWorker/worker.mjs) with two ways to die, for tests of
 * what the main thread does when its worker crashes:
 *   `select 'exit'`  -> the thread exits (code 3) without replying;
 *   `select 'throw'` -> an uncaught error in the thread.
 * Its listener is added before the real worker's, so the real one never sees these two.
 */
import { parentPort } from 'node:worker_threads'

parentPort.on('message', (msg) => {
  if (msg.sql === "select 'exit'") process.exit(3)
  if (msg.sql === "select 'throw'") throw new Error('the worker blew up')
})

await import('../../../server/crm/sqliteWorker/worker.mjs')
