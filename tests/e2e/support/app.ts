/** Boots the real server with the built client for browser tests. */
import fs from 'node:fs'
import path from 'node:path'
import type { Services } from '../../../server/services'
import { startServer, type RunningServer } from '../../support/server'

/** E2E_CLIENT_DIR lets parallel work build into its own folder; npm test uses dist/client. */
export const CLIENT_DIR = path.resolve(process.env.E2E_CLIENT_DIR ?? 'dist/client')

export async function startAppServer(services: Partial<Services> = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    throw new Error('No built client in dist/client: run "npm run build" (npm test does) first.')
  }
  return startServer(services, { clientDir: CLIENT_DIR })
}
