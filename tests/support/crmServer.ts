/** Boots the real server on a real SQLite store in a fresh temp dir (as `npm start` does). */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildServices, type Running } from '../../server/bootstrap'
import { createLogger } from '../../server/logger'
import type { Services } from '../../server/services'
import { startServer, type RunningServer } from './server'

export interface CrmServer extends RunningServer {
  running: Running
  dataDir: string
}

export async function startCrmServer(
  overrides: Partial<Services> = {},
  options: { clientDir?: string; dataDir?: string; port?: number } = {},
): Promise<CrmServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stormpeak-'))
  const running = await buildServices({ dataDir }, createLogger('silent'), overrides)
  const srv = await startServer(running.services, {
    clientDir: options.clientDir,
    port: options.port,
  })
  return {
    ...srv,
    running,
    dataDir,
    async stop() {
      await srv.stop()
      await running.close()
    },
  }
}
