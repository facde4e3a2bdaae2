/**
 * Drives the handoff reducer the way the room will: one state, a clock the test moves, and the
 * store's answer to every `claim` (won, unless the test says otherwise).
 */
import { initialState, next } from '../../../server/handoff/workflow'
import type { Effect, HandoffOutbound } from '../../../server/handoff'
import type { WorkflowConfig, WorkflowEvent, WorkflowRecord } from '../../../server/handoff/types'

export const T0 = Date.UTC(2025, 4, 1, 9, 0, 0)

export type Summon = Extract<WorkflowEvent, { type: 'summon' }>

export function harness(config: Partial<WorkflowConfig> = {}, recentHandlingMs: number[] = []) {
  let state = initialState(config, recentHandlingMs)
  let now = T0
  const h = {
    get state() {
      return state
    },
    get now() {
      return now
    },
    advance(ms: number) {
      now += ms
    },
    dispatch(event: WorkflowEvent): Effect[] {
      const t = next(state, event, now)
      state = t.state
      return t.effects
    },
    summon(session: string, more: Partial<Summon> = {}): Effect[] {
      return h.dispatch({
        type: 'summon',
        requestId: `req-${session}`,
        visitorSessionId: session,
        visitorId: `visitor-${session}`,
        visitorName: session,
        channel: 'web',
        returning: false,
        ...more,
      })
    },
    rep(session: string, s: 'available' | 'away' = 'available'): Effect[] {
      const name = `Rep ${session}`
      return h.dispatch({
        type: 'rep-status',
        repSessionId: session,
        repId: `id-${session}`,
        name,
        state: s,
      })
    },
    /** Accept, and when the reducer claims the request, let the store say the rep won. */
    accept(repSession: string, requestId: string, handoffId = `h-${requestId}`): Effect[] {
      const first = h.dispatch({ type: 'accept', repSessionId: repSession, requestId, handoffId })
      const claim = first.find((e) => e.kind === 'claim')
      if (!claim) return first
      const rep = state.reps[repSession]
      const won = { repId: rep.repId, repName: rep.name, repSessionId: repSession }
      return [...first, ...h.dispatch({ type: 'accepted', requestId, handoffId, ...won })]
    },
  }
  return h
}

/** Payloads of one message type sent to one session, in order. */
export function sent<K extends keyof HandoffOutbound>(
  effects: Effect[],
  to: string,
  type: K,
): HandoffOutbound[K][] {
  return effects.flatMap((e) =>
    e.kind === 'send' && e.to === to && e.type === type ? [e.payload as HandoffOutbound[K]] : [],
  )
}

export const errorCodes = (effects: Effect[], to: string): string[] =>
  sent(effects, to, 'error').map((e) => e.code)

export const records = (effects: Effect[]): WorkflowRecord[] =>
  effects.flatMap((e) => (e.kind === 'record' ? [e.record] : []))

export const recipients = (effects: Effect[], type: keyof HandoffOutbound): string[] =>
  effects.flatMap((e) => (e.kind === 'send' && e.type === type ? [e.to] : []))
