/** The station cards in the client store follow the room's `content` message, without a reload. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StationCard, StationCards } from '../../../shared/content'
import type { ContentMsg } from '../../../shared/protocolNames'
import { STATIONS } from '../../../shared/showroom'
import { applyContent, loadCards, wireContent } from '../../../client/net/content'
import { useShowroom } from '../../../client/net/store'

const card = (title: string): StationCard => ({
  title,
  tagline: 'A robot',
  description: 'Does things.',
  specs: [{ label: 'Payload', value: '6 kg' }],
  uses: ['Demos'],
  priceRange: 'On request',
})
const shipped = Object.fromEntries(STATIONS.map((s) => [s.id, card(`${s.id} v1`)])) as StationCards

/** A fetch that answers the shipped cards when `release` is called. */
function slowServer() {
  let release!: () => void
  const answered = new Promise<void>((resolve) => (release = resolve))
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      await answered
      return new Response(JSON.stringify({ stations: shipped }), { status: 200 })
    }),
  )
  return { release }
}

describe('station cards in the client store', () => {
  beforeEach(() => useShowroom.setState({ cards: undefined }))
  afterEach(() => vi.unstubAllGlobals())

  it('replaces only the station the message names', async () => {
    slowServer().release()
    await loadCards()
    applyContent({ stationId: 'arm', card: card('Atlas-7') })
    const cards = useShowroom.getState().cards!
    expect(cards.arm.title).toBe('Atlas-7')
    expect(cards.drone).toEqual(shipped.drone)
  })

  it('ignores a message for a station this client does not know', async () => {
    slowServer().release()
    await loadCards()
    const before = useShowroom.getState().cards
    applyContent({ stationId: 'toaster', card: card('Toaster') } as unknown as ContentMsg)
    applyContent({ stationId: 'arm', card: null } as unknown as ContentMsg)
    expect(useShowroom.getState().cards).toBe(before)
  })

  it('keeps a card pushed while the first load was still on its way', async () => {
    const server = slowServer()
    const loading = loadCards()
    applyContent({ stationId: 'cobot', card: card('Cobot, edited') })
    expect(useShowroom.getState().cards).toBeUndefined() // nothing to show yet, nothing invented
    server.release()
    await loading
    expect(useShowroom.getState().cards!.cobot.title).toBe('Cobot, edited')
    expect(useShowroom.getState().cards!.arm).toEqual(shipped.arm)
  })

  it('listens on the room for `content`', async () => {
    slowServer().release()
    await loadCards()
    const handlers = new Map<string, (msg: ContentMsg) => void>()
    wireContent({ onMessage: (type, cb) => handlers.set(type, cb) })
    handlers.get('content')!({ stationId: 'drone', card: card('Skylark') })
    expect(useShowroom.getState().cards!.drone.title).toBe('Skylark')
  })
})
