/** What the server tells staff, into the staff store (registered on every room; visitors never get these). */
import type { Room } from '@colyseus/sdk'
import type { ChatMsg } from '../../shared/protocolNames'
import type { VisitorProfile } from '../../shared/staffApi'
import { staffActions, useStaff, type HandoffMsg, type RequestsEntry } from './staffStore'
import { useShowroom } from './store'

/** A failed fetch (no answer at all) says so plainly; the server's own sentence is kept as is. */
export function reasonOf(err: unknown): string {
  if (err instanceof TypeError) return 'Could not reach the server. Try again.'
  return err instanceof Error ? err.message : String(err)
}

/** Loaded on first use: the visitor's bundle carries this wiring but never asks for a profile. */
const fetchFromServer = (visitorId: string) =>
  import('./repApi').then((api) => api.getVisitorProfile(visitorId))

/** Fetches the visitor's profile into the store, unless it is already there or on its way. */
export async function loadProfile(
  visitorId: string,
  fetchProfile: (id: string) => Promise<VisitorProfile> = fetchFromServer,
): Promise<void> {
  const current = useStaff.getState().profile
  if (current?.visitorId === visitorId && current.status !== 'failed') return
  staffActions.profileLoading(visitorId)
  try {
    staffActions.profileLoaded(visitorId, await fetchProfile(visitorId))
  } catch (err) {
    staffActions.profileFailed(visitorId, reasonOf(err))
  }
}

/** The rep's side of `handoff`: open the conversation, then fetch who the visitor is. */
export function onHandoff(
  msg: HandoffMsg,
  me: string | undefined,
  fetchProfile?: (id: string) => Promise<VisitorProfile>,
): void {
  if (msg.visitor.sessionId === me) return // this client is the visitor: summonWiring has it
  const conversation = staffActions.handoff(msg)
  if (conversation.visitorId) void loadProfile(conversation.visitorId, fetchProfile)
}

export function wireStaff(room: Room): void {
  room.onMessage('requests', (msg: { requests: RequestsEntry[] }) =>
    staffActions.requests(msg.requests),
  )
  room.onMessage('handoff', (msg: HandoffMsg) =>
    onHandoff(msg, useShowroom.getState().me?.sessionId),
  )
  room.onMessage('handoff-ended', (msg: { handoffId: string }) => staffActions.ended(msg.handoffId))
  room.onMessage('chat', (msg: ChatMsg) =>
    staffActions.line(msg, useShowroom.getState().me?.sessionId),
  )
}
