/**
 * One button's request: busy while it runs (so a double click does not send twice), and the
 * server's sentence when it fails, to show next to that control.
 */
import { useCallback, useState } from 'react'

export interface Action {
  busy: boolean
  error: string | undefined
  /** Runs `request`: true on success, false on a failure (its sentence is then in `error`). */
  run: (request: () => Promise<unknown>) => Promise<boolean>
  clear: () => void
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = useCallback(async (request: () => Promise<unknown>) => {
    setBusy(true)
    setError(undefined)
    try {
      await request()
      return true
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      return false
    } finally {
      setBusy(false)
    }
  }, [])
  const clear = useCallback(() => setError(undefined), [])
  return { busy, error, run, clear }
}
