/**
 * The visitor's one-line history for the queue, read from the store once when a request is made
 * (the hub does it before the reducer sees the summon, so the reducer stays pure) and kept on the
 * request: every later `requests` message reuses it, nothing is queried per broadcast.
 */
import type { CrmStore } from '../crm/store'
import { historyLine } from '../crm/visitorSummary'
import { describeError, type Logger } from '../logger'
import { findRequestBySession } from './context'
import type { WorkflowEvent, WorkflowState } from './types'

/** '' without a store or when it fails: the queue still works, the line is just empty. */
export async function loadHistory(
  store: CrmStore | undefined,
  visitorId: string,
  logger: Pick<Logger, 'warn'>,
): Promise<string> {
  if (!store) return ''
  try {
    const history = await store.visitorHistory(visitorId)
    return history ? historyLine(history) : ''
  } catch (err) {
    logger.warn('visitor history not loaded', { visitorId, ...describeError(err) })
    return ''
  }
}

/** A new summon with its history filled in; any other event (or a repeated summon) unchanged. */
export async function withHistory(
  event: WorkflowEvent,
  state: WorkflowState,
  store: CrmStore | undefined,
  logger: Pick<Logger, 'warn'>,
): Promise<WorkflowEvent> {
  if (event.type !== 'summon' || event.history !== undefined) return event
  if (findRequestBySession(state, event.visitorSessionId)) return event // told its place again
  return { ...event, history: await loadHistory(store, event.visitorId, logger) }
}
