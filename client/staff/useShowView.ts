/**
 * Whether the rep wants the 3D view in their console. Software rendering costs a weak machine a
 * whole core, so a rep may hide it; the choice is remembered in this browser.
 */
import { useCallback, useState } from 'react'

const HIDE_KEY = 'stormpeak.staff.hide3d'

function storedHidden(): boolean {
  try {
    return localStorage.getItem(HIDE_KEY) === '1'
  } catch {
    return false // storage blocked: show the view, remember nothing
  }
}

export function useShowView(): [shown: boolean, toggle: () => void] {
  const [shown, setShown] = useState(() => !storedHidden())
  const toggle = useCallback(() => {
    setShown((was) => {
      try {
        if (was) localStorage.setItem(HIDE_KEY, '1')
        else localStorage.removeItem(HIDE_KEY)
      } catch {
        // storage blocked: the choice holds for this page only
      }
      return !was
    })
  }, [])
  return [shown, toggle]
}
