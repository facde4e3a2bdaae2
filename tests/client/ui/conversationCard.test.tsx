// @vitest-environment jsdom
/** The visitor's conversation card while their rep's page reloads. */
import { act } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { summonActions } from '../../../client/net/summonStore'
import { ConversationCard } from '../../../client/ui/summon/ConversationCard'
import { mountPerTest } from '../support/domRoot'

// jsdom lays nothing out, so it has no scrolling; the card scrolls to its newest line.
Element.prototype.scrollTo ??= () => undefined

const dom = mountPerTest()
beforeEach(() => summonActions.dismiss())

describe('the conversation card', () => {
  it('says the rep is reconnecting, then carries on when they are back', () => {
    act(() => summonActions.handoff({ handoffId: 'h1', rep: { sessionId: 'r1', name: 'Dana' } }))
    act(() => dom.root.render(<ConversationCard />))
    expect(dom.container.querySelector('[role="status"]')).toBeNull()
    act(() => summonActions.repReconnecting({ handoffId: 'h1' }))
    expect(dom.container.querySelector('[role="status"]')?.textContent).toBe(
      'Your rep is reconnecting…',
    )
    act(() => summonActions.handoff({ handoffId: 'h1', rep: { sessionId: 'r2', name: 'Dana' } }))
    expect(dom.container.querySelector('[role="status"]')).toBeNull()
  })
})
