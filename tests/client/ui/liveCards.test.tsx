// @vitest-environment jsdom
/** A visitor with a card open sees a supervisor's edit arrive, in 3D and on the plain page. */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyContent } from '../../../client/net/content'
import { useShowroom } from '../../../client/net/store'
import { viewActions } from '../../../client/scene/viewStore'
import { PlainShowroom } from '../../../client/ui/PlainShowroom'
import { StationCardPanel } from '../../../client/ui/StationCardPanel'
import type { StationCard, StationCards } from '../../../shared/content'
import { STATIONS } from '../../../shared/showroom'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const card = (title: string): StationCard => ({
  title,
  tagline: 'A robot',
  description: 'Does things.',
  specs: [{ label: 'Payload', value: '6 kg' }],
  uses: ['Demos'],
  priceRange: 'On request',
})

let container: HTMLDivElement
let root: Root
beforeEach(() => {
  const cards = Object.fromEntries(STATIONS.map((s) => [s.id, card(`${s.name} v1`)]))
  useShowroom.setState({ cards: cards as StationCards })
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe('a live card update', () => {
  it('changes the open spec card without a reload', () => {
    act(() => viewActions.pick('arm'))
    act(() => root.render(<StationCardPanel />))
    expect(container.querySelector('h2')?.textContent).not.toBe('Atlas-7')
    act(() => applyContent({ stationId: 'arm', card: { ...card('Atlas-7'), priceRange: '$1' } }))
    expect(container.querySelector('h2')?.textContent).toBe('Atlas-7')
    expect(container.textContent).toContain('$1')
  })

  it('changes the plain page too', () => {
    act(() => root.render(<PlainShowroom />))
    act(() => applyContent({ stationId: 'drone', card: card('Skylark 2') }))
    const titles = [...container.querySelectorAll('h2')].map((h) => h.textContent)
    expect(titles).toContain('Skylark 2')
    expect(titles).toHaveLength(STATIONS.length)
  })
})
