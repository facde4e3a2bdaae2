// @vitest-environment jsdom
/** A visitor with a card open sees a supervisor's edit arrive, in 3D and on the plain page. */
import { act } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { applyContent } from '../../../client/net/content'
import { useShowroom } from '../../../client/net/store'
import { viewActions } from '../../../client/scene/viewStore'
import { PlainShowroom } from '../../../client/ui/PlainShowroom'
import { StationCardPanel } from '../../../client/ui/StationCardPanel'
import type { StationCard, StationCards } from '../../../shared/content'
import { STATIONS } from '../../../shared/showroom'
import { mountPerTest } from '../support/domRoot'

const card = (title: string): StationCard => ({
  title,
  tagline: 'A robot',
  description: 'Does things.',
  specs: [{ label: 'Payload', value: '6 kg' }],
  uses: ['Demos'],
  priceRange: 'On request',
})

const dom = mountPerTest()
beforeEach(() => {
  const cards = Object.fromEntries(STATIONS.map((s) => [s.id, card(`${s.name} v1`)]))
  useShowroom.setState({ cards: cards as StationCards })
})

describe('a live card update', () => {
  it('changes the open spec card without a reload', () => {
    act(() => viewActions.pick('arm'))
    act(() => dom.root.render(<StationCardPanel />))
    expect(dom.container.querySelector('h2')?.textContent).not.toBe('Atlas-7')
    act(() => applyContent({ stationId: 'arm', card: { ...card('Atlas-7'), priceRange: '$1' } }))
    expect(dom.container.querySelector('h2')?.textContent).toBe('Atlas-7')
    expect(dom.container.textContent).toContain('$1')
  })

  it('changes the plain page too', () => {
    act(() => dom.root.render(<PlainShowroom />))
    act(() => applyContent({ stationId: 'drone', card: card('Skylark 2') }))
    const titles = [...dom.container.querySelectorAll('h2')].map((h) => h.textContent)
    expect(titles).toContain('Skylark 2')
    expect(titles).toHaveLength(STATIONS.length)
  })
})
