/**
 * Polls a supervisor route while the dashboard is on screen: at once, then every `everyMs`,
 * paused while the browser tab is hidden or the panel sits behind another dashboard tab (no load on
 * the server for numbers nobody reads), and refreshed as soon as they come back.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'

/** False while a dashboard panel is mounted but hidden behind another tab (TabPanel sets it). */
export const DashboardShown = createContext(true)

export interface Poll<T> {
  data: T | undefined
  /** The server's sentence for the last failure; cleared by the next success. */
  error: string | undefined
  refresh: () => void
}

export function usePoll<T>(load: () => Promise<T>, everyMs: number): Poll<T> {
  const shown = useContext(DashboardShown)
  const [data, setData] = useState<T>()
  const [error, setError] = useState<string>()
  const loadRef = useRef(load)
  const inFlight = useRef(false)
  useEffect(() => {
    loadRef.current = load
  }, [load])

  const refresh = useCallback(() => {
    if (inFlight.current) return // a slow server must not pile requests up
    inFlight.current = true
    loadRef
      .current()
      .then(
        (value) => {
          setData(value)
          setError(undefined)
        },
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      )
      .finally(() => (inFlight.current = false))
  }, [])

  useEffect(() => {
    if (!shown) return
    let timer: ReturnType<typeof setInterval> | undefined
    const start = () => {
      refresh()
      timer = setInterval(refresh, everyMs)
    }
    const stop = () => clearInterval(timer)
    const visibility = () => (document.hidden ? stop() : start())
    if (!document.hidden) start()
    document.addEventListener('visibilitychange', visibility)
    return () => {
      stop()
      document.removeEventListener('visibilitychange', visibility)
    }
  }, [shown, everyMs, refresh])

  return { data, error, refresh }
}
