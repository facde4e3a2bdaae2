/**
 * The visitor's side of *Talk to a person*: where their request stands, who is coming, the private
 * conversation, and the forms that follow. Fed by connection.ts from the server's messages; the
 * server decides every step, this store only remembers what it was told.
 */
import { create } from 'zustand'
import type { ChatMsg, ErrorMsg, MessageSavedMsg } from '../../shared/protocol'

export type SummonPhase =
  | 'idle' // nothing asked
  | 'sending' // summon sent, no answer yet
  | 'waiting' // in the queue
  | 'active' // a rep is here: the private conversation
  | 'ended' // the rep ended it: the rating prompt
  | 'rated' // thanks
  | 'offered' // nobody could come: leave a message or ask for a call-back
  | 'saved' // the message or call-back request is saved

export type OfferReason = 'no-rep-available' | 'long-wait' | 'missed' | 'rep-left'

export interface SummonState {
  phase: SummonPhase
  stationId?: string
  requestId?: string
  position?: number
  /** null: the server cannot estimate (nobody on shift yet). */
  etaSeconds?: number | null
  /** When the last `queue` arrived (performance.now()), to count the estimate down. */
  queuedAt?: number
  /** Offered while still waiting (a long wait): the visitor may keep their place. */
  offerWhileWaiting?: boolean
  offerReason?: OfferReason
  handoffId?: string
  rep?: { sessionId: string; name: string }
  /** The rep's connection is gone for now (a page reload); their next `handoff` ends this. */
  repReconnecting?: boolean
  outcome?: string
  lines: ChatMsg[]
  score?: number
  saved?: MessageSavedMsg
  /** The server's last refusal of a summon step (cleared by the next step). */
  error?: ErrorMsg
}

/** The card that shows, inline, a refusal of each message (elsewhere a notice shows it). */
const SHOWN_IN = new Map<string, SummonPhase>([
  ['cancel-summon', 'waiting'],
  ['rate', 'ended'],
  ['leave-message', 'offered'],
])

const initial: SummonState = { phase: 'idle', lines: [] }

export const useSummon = create<SummonState>(() => initial)

export const summonActions = {
  sending(stationId?: string) {
    useSummon.setState({ ...initial, phase: 'sending', stationId })
  },
  queued(msg: { requestId: string; position: number; etaSeconds: number | null }) {
    useSummon.setState((s) => {
      // A late `queue` (sent while a rep was accepting) must not undo the rep's arrival.
      if (s.phase !== 'sending' && s.phase !== 'waiting' && s.phase !== 'offered') return s
      return {
        phase: s.phase === 'offered' && s.offerWhileWaiting ? 'offered' : 'waiting',
        requestId: msg.requestId,
        position: msg.position,
        etaSeconds: msg.etaSeconds,
        queuedAt: performance.now(),
        error: undefined,
      }
    })
  },
  handoff(msg: { handoffId: string; rep: { sessionId: string; name: string } }) {
    useSummon.setState((s) => ({
      phase: 'active',
      handoffId: msg.handoffId,
      rep: msg.rep,
      // A second `handoff` for the same conversation (the rep moved rooms) keeps the lines.
      lines: s.handoffId === msg.handoffId ? s.lines : [],
      repReconnecting: false,
      offerWhileWaiting: false,
      error: undefined,
    }))
  },
  /** The rep left mid-conversation and may come back within the server's return window. */
  repReconnecting(msg: { handoffId: string }) {
    useSummon.setState((s) =>
      s.phase === 'active' && s.handoffId === msg.handoffId ? { repReconnecting: true } : s,
    )
  },
  ended(msg: { handoffId: string; outcome: string }) {
    useSummon.setState((s) =>
      s.handoffId === msg.handoffId
        ? { phase: 'ended', outcome: msg.outcome, repReconnecting: false, error: undefined }
        : s,
    )
  },
  offered(msg: { requestId: string; reason: OfferReason }) {
    // With nobody on hand (or a long wait) the request still waits: a rep may yet come, so the
    // visitor may keep their place. `missed` and `rep-left` mean it stopped waiting.
    const stillWaiting = msg.reason === 'long-wait' || msg.reason === 'no-rep-available'
    useSummon.setState((s) => {
      // A message already left for this request: its later `missed` must not ask again.
      if (s.phase === 'saved' && s.requestId === msg.requestId) return s
      return {
        phase: 'offered',
        requestId: msg.requestId,
        offerReason: msg.reason,
        offerWhileWaiting: stillWaiting && (s.phase === 'waiting' || s.phase === 'sending'),
        error: undefined,
      }
    })
  },
  /** Declined the offer while the request still waits: back to the queue card. */
  keepWaiting() {
    useSummon.setState((s) => (s.offerWhileWaiting ? { phase: 'waiting', error: undefined } : s))
  },
  /** Only lines between me and my rep belong to the conversation. */
  privateLine(line: ChatMsg, me: string | undefined) {
    useSummon.setState((s) => {
      const rep = s.rep?.sessionId
      if (s.phase !== 'active' || !rep || !line.private) return s
      if (line.from !== rep && line.from !== me) return s
      return { lines: [...s.lines, line].slice(-200) }
    })
  },
  cancelled() {
    useSummon.setState(initial)
  },
  rated(score: number) {
    useSummon.setState({ phase: 'rated', score, error: undefined })
  },
  saved(msg: MessageSavedMsg) {
    useSummon.setState({ phase: 'saved', saved: msg, error: undefined })
  },
  /**
   * The server refused a step of the workflow: remembered for the open card. True when that card
   * shows it inline; false when a notice should (other messages, or the card is gone).
   */
  failed(error: ErrorMsg): boolean {
    const type = error.type ?? ''
    if (type !== 'summon' && !SHOWN_IN.has(type)) return false
    if (type === 'summon') summonActions.refused() // the card closes: a notice tells why
    const shown = SHOWN_IN.get(type) === useSummon.getState().phase
    useSummon.setState({ error })
    return shown
  },
  /** A new attempt at the step that was refused. */
  clearError() {
    useSummon.setState({ error: undefined })
  },
  /** The server refused the summon (rate limit, not allowed): back to the button. */
  refused() {
    useSummon.setState((s) => (s.phase === 'sending' ? initial : s))
  },
  /** Close the last card (thanks, saved, or a declined offer). */
  dismiss() {
    useSummon.setState(initial)
  },
}
