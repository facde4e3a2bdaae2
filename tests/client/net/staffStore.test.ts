/** The rep's store: queue rows from `requests`, the conversation that follows, its profile. */
import { beforeEach, describe, expect, it } from 'vitest'
import type { VisitorProfile } from '../../../shared/staffApi'
import {
  staffActions,
  toQueueEntry,
  useStaff,
  type RequestsEntry,
} from '../../../client/net/staffStore'
import { loadProfile, onHandoff, reasonOf } from '../../../client/net/staffWiring'

const entry = (id: string, more: Partial<RequestsEntry> = {}): RequestsEntry => ({
  requestId: id,
  visitorName: `Visitor ${id}`,
  channel: 'web',
  stationId: 'drone',
  waitingMs: 1000,
  priority: 101,
  ...more,
})

const rosa = entry('r1', {
  visitorName: 'Rosa',
  visitorId: 'v-rosa',
  visitorSessionId: 's-rosa',
  returning: true,
  history: '3rd visit · tried Atlas-6 · 1 handoff, rated 5',
  where: 'at Kestrel',
})

const profile = (id: string): VisitorProfile => ({
  visitor: {
    id,
    displayName: 'Rosa',
    returning: true,
    firstSeenAt: '2025-03-04T09:00:00.000Z',
    lastSeenAt: '2025-03-05T09:00:00.000Z',
    contact: null,
  },
  visits: 3,
  stations: [{ stationId: 'arm', dwellMs: 90_000, tries: 3 }],
  handoffs: [],
  summary: '3rd visit · tried Atlas-6',
})

const handoffFor = (requestId: string, visitorSession = 's-rosa') => ({
  handoffId: `h-${requestId}`,
  requestId,
  rep: { sessionId: 'me', name: 'Remy' },
  visitor: { sessionId: visitorSession, name: 'Rosa' },
})

beforeEach(() => {
  staffActions.closeConversation()
  useStaff.setState({ requests: [], seen: new Set(), newArrivals: 0, accepting: undefined })
})

describe('queue rows', () => {
  it('keep the enriched fields and fill in what an older server leaves out', () => {
    expect(toQueueEntry(rosa)).toEqual({ ...rosa, stationId: 'drone' })
    expect(toQueueEntry(entry('r2', { stationId: undefined as unknown as null }))).toEqual({
      ...entry('r2'),
      stationId: null,
      visitorId: undefined,
      visitorSessionId: undefined,
      returning: false,
      history: '',
      where: undefined,
    })
  })

  it('count each new request once, for the alert', () => {
    staffActions.requests([rosa])
    staffActions.requests([rosa, entry('r2')])
    staffActions.requests([entry('r2')])
    expect(useStaff.getState().newArrivals).toBe(2)
    expect(useStaff.getState().requests.map((r) => r.requestId)).toEqual(['r2'])
  })
})

describe('the conversation', () => {
  it('knows the visitor it came from, though the server dropped the row before `handoff`', () => {
    staffActions.requests([rosa])
    staffActions.accepting('r1')
    staffActions.requests([]) // the accepted request leaves the queue first
    const c = staffActions.handoff(handoffFor('r1'))
    expect(c).toMatchObject({ visitorId: 'v-rosa', entry: { where: 'at Kestrel' }, ended: false })
  })

  it('keeps its lines when the same handoff is announced again (the rep followed)', () => {
    staffActions.requests([rosa])
    staffActions.handoff(handoffFor('r1'))
    const line = {
      from: 's-rosa',
      name: 'Rosa',
      text: 'hi',
      at: '2025-03-04T09:00:00.000Z',
      private: true,
      channel: 'private' as const,
    }
    staffActions.line(line, 'me')
    const again = staffActions.handoff(handoffFor('r1'))
    expect(again.lines).toEqual([line])
    expect(again.visitorId).toBe('v-rosa')
  })

  it('has no visitor id for a visitor the rep never saw queued', () => {
    expect(staffActions.handoff(handoffFor('unknown', 's-x')).visitorId).toBeNull()
  })

  it('takes the visitor id from `handoff` on a page reloaded mid-conversation (no queue entry)', () => {
    const c = staffActions.handoff({ ...handoffFor('r1'), visitorId: 'v-rosa' })
    expect(c).toMatchObject({ visitorId: 'v-rosa', entry: null })
  })
})

describe('the profile', () => {
  it('loads on handoff and is dropped with the conversation', async () => {
    staffActions.requests([rosa])
    const asked: string[] = []
    onHandoff(handoffFor('r1'), 'me', async (id) => {
      asked.push(id)
      return profile(id)
    })
    expect(useStaff.getState().profile).toEqual({ visitorId: 'v-rosa', status: 'loading' })
    await Promise.resolve()
    await Promise.resolve()
    expect(asked).toEqual(['v-rosa'])
    expect(useStaff.getState().profile).toMatchObject({ status: 'ready', visitorId: 'v-rosa' })
    staffActions.closeConversation()
    expect(useStaff.getState().profile).toBeUndefined()
  })

  it('loads for a reloaded rep page from the visitor id in `handoff`', async () => {
    const asked: string[] = []
    onHandoff({ ...handoffFor('r1'), visitorId: 'v-rosa' }, 'me', async (id) => {
      asked.push(id)
      return profile(id)
    })
    await Promise.resolve()
    await Promise.resolve()
    expect(asked).toEqual(['v-rosa'])
    expect(useStaff.getState().profile).toMatchObject({ status: 'ready', visitorId: 'v-rosa' })
  })

  it('is not asked for by the visitor end of a handoff', () => {
    staffActions.requests([rosa])
    onHandoff(handoffFor('r1', 'me'), 'me', () => Promise.reject(new Error('must not be called')))
    expect(useStaff.getState().conversation).toBeUndefined()
  })

  it('says why it failed, and loads again when asked', async () => {
    await loadProfile('v-rosa', () => Promise.reject(new TypeError('Failed to fetch')))
    expect(useStaff.getState().profile).toEqual({
      visitorId: 'v-rosa',
      status: 'failed',
      error: reasonOf(new TypeError('x')),
    })
    await loadProfile('v-rosa', async (id) => profile(id))
    expect(useStaff.getState().profile).toMatchObject({ status: 'ready' })
  })

  it('ignores a late answer for another visitor', async () => {
    let answer: (p: VisitorProfile) => void = () => undefined
    const slow = loadProfile('v-old', () => new Promise((resolve) => (answer = resolve)))
    staffActions.profileLoading('v-new')
    answer(profile('v-old'))
    await slow
    expect(useStaff.getState().profile).toEqual({ visitorId: 'v-new', status: 'loading' })
  })
})
