import { useSyncExternalStore } from 'react'

const query = '(prefers-reduced-motion: reduce)'

/** True when the visitor asked their system for less motion: no camera glides, no bobbing. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = matchMedia(query)
      mq.addEventListener('change', cb)
      return () => mq.removeEventListener('change', cb)
    },
    () => matchMedia(query).matches,
  )
}
