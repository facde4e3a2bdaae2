/**
 * Run as its own process by tests/server/crm/durability.test.ts: opens the CRM store on the
 * SQLite file in DATA_DIR, waits for a summon to be committed (what `queue` waits for), prints
 * its id and kills itself with SIGKILL at once: no close, no shutdown hook, no flush.
 */
import { openStore } from '../../../server/crm'
import { createLogger } from '../../../server/logger'

const store = await openStore({ dataDir: process.env.DATA_DIR!, logger: createLogger('warn') })
const request = await store.createRequest({
  visitorId: 'v-killed',
  visitorName: 'Kay',
  channel: 'kiosk',
  returning: false,
  priority: 1,
  at: Date.now(),
})
process.stdout.write(`committed ${request.id}\n`, () => process.kill(process.pid, 'SIGKILL'))
