/**
 * Run as its own process by tests/server/crm/sqliteWorker.test.ts: opens the CRM store on a
 * SQLite file in DATA_DIR, starts a summon without awaiting it and never closes the store.
 * The process must stay up until the summon is committed (it prints `committed <id>`), then
 * end by itself: an open, idle store must not keep it alive.
 */
import { openStore } from '../../../server/crm'
import { createLogger } from '../../../server/logger'

const store = await openStore({ dataDir: process.env.DATA_DIR!, logger: createLogger('warn') })
void store
  .createRequest({
    visitorId: 'v-idle',
    visitorName: 'Idle',
    channel: 'web',
    returning: false,
    priority: 1,
    at: Date.now(),
  })
  .then((r) => console.log(`committed ${r.id}`))
