/**
 * Whether the CRM store answers right now, for /healthz and /metrics. A store that hangs (a
 * database that stopped answering) counts as down after a short wait, so health checks answer.
 */
import { describeError } from '../logger'
import type { Services } from '../services'

const PROBE_TIMEOUT_MS = 2000

export type StoreProbe =
  | { up: true; waiting: number }
  | { up: false }
  /** No CRM store configured (some tests). */
  | { up: undefined }

export async function probeStore(services: Services, from: string): Promise<StoreProbe> {
  const store = services.store
  if (!store) return { up: undefined }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the CRM store did not answer')), PROBE_TIMEOUT_MS)
  })
  try {
    const waiting = await Promise.race([store.listWaiting(), timeout])
    return { up: true, waiting: waiting.length }
  } catch (err) {
    services.logger.warn(`${from}: the CRM store failed`, describeError(err))
    return { up: false }
  } finally {
    clearTimeout(timer)
  }
}
