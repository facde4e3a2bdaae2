/**
 * A React root in a fresh jsdom container for each test, unmounted after it. For test files
 * that start with `// @vitest-environment jsdom`.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach } from 'vitest'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

export interface DomRoot {
  container: HTMLDivElement
  root: Root
}

/** Registers the per-test mount; read `container` and `root` inside tests. */
export function mountPerTest(): DomRoot {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const dom = {} as DomRoot
  beforeEach(() => {
    dom.container = document.createElement('div')
    document.body.append(dom.container)
    dom.root = createRoot(dom.container)
  })
  afterEach(() => {
    act(() => dom.root.unmount())
    dom.container.remove()
  })
  return dom
}
