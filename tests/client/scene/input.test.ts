// @vitest-environment jsdom
/**
 * Walking keys and text fields: what a rep types into the console (chat, notes, the lead form)
 * or a visitor into the chat never walks the avatar; the same keys elsewhere do.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { attachKeyboard, readWalkInput } from '../../../client/scene/player/input'

let detach: () => void
beforeEach(() => {
  detach = attachKeyboard()
})
afterEach(() => {
  detach()
  document.body.innerHTML = ''
})

function press(target: Element, code: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true, cancelable: true }))
}
function walk() {
  const out = { forward: 0, right: 0 }
  readWalkInput(out)
  return out
}
function field(html: string): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', html)
  const el = document.body.lastElementChild as HTMLElement
  el.focus()
  return el
}

describe('walking keys', () => {
  it('walk when pressed outside a text field', () => {
    const button = field('<button>Accept Vic</button>')
    press(button, 'KeyW')
    expect(walk().forward).toBe(1)
  })

  it.each([
    ['the chat input', '<input aria-label="Message to Vic">'],
    ['the notes', '<textarea aria-label="Notes"></textarea>'],
    ['the outcome', '<select aria-label="Outcome"><option>quote</option></select>'],
    ['an editable text', '<div contenteditable="true">note</div>'],
  ])('do nothing while typing into %s', (_what, html) => {
    const el = field(html)
    for (const code of ['KeyW', 'KeyA', 'KeyS', 'KeyD', 'ArrowUp', 'ArrowLeft']) press(el, code)
    expect(walk()).toEqual({ forward: 0, right: 0 })
  })

  it('leave the text field its keys (no preventDefault: the caret still moves)', () => {
    const input = field('<input aria-label="Email">')
    const e = new KeyboardEvent('keydown', { code: 'ArrowLeft', bubbles: true, cancelable: true })
    input.dispatchEvent(e)
    expect(e.defaultPrevented).toBe(false)
  })
})
