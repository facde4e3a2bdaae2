/** The handoff workflow's public surface, for the room and the store adapters. */
export { DEFAULT_CONFIG, findVisitorSession, initialState, next } from './workflow'
export { orderQueue, priorityScore } from './priority'
export { estimateWait, estimateWaitSeconds } from './eta'
export { staffRequests, waitingInOrder } from './queue'
export type * from './types'
export type * from './messages'
