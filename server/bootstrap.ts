/**
 * Builds the services the server runs on from the configuration: the CRM store (SQLite in
 * DATA_DIR, or PostgreSQL), the batched record queue, the signing secret and identities.
 * `server/main.ts` and the tests that need a real store both use it.
 */
import fs from 'node:fs'
import { createIdentityService, loadSecret, LoginThrottle } from './auth'
import type { Config } from './config'
import { openStore, RecordQueue } from './crm'
import { crmRecorder } from './crm/showroomRecorder'
import type { Logger } from './logger'
import type { Services } from './services'

export interface Running {
  services: Services
  /** Flushes what is queued and closes the store. */
  close(): Promise<void>
}

export async function buildServices(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  logger: Logger,
  overrides: Partial<Services> = {},
): Promise<Running> {
  fs.mkdirSync(config.dataDir, { recursive: true })
  const now = overrides.now ?? Date.now
  const store = await openStore({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    logger,
  })
  const reconciled = await store.reconcileOnStart(now())
  if (reconciled.endedActive || reconciled.stillWaiting) logger.info('reconciled', reconciled)
  const records = new RecordQueue(store, logger)
  const secret = loadSecret(config.dataDir)
  const services: Services = {
    logger,
    now,
    store,
    records,
    secret,
    loginThrottle: new LoginThrottle(),
    identity: createIdentityService({ secret, now, store }),
    recorder: crmRecorder(records),
    ...overrides,
  }
  return {
    services,
    async close() {
      await records.close()
      await store.close()
    },
  }
}
