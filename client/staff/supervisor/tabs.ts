/**
 * The dashboard's tabs, their order and labels, and the keyboard moves of the WAI-ARIA tab
 * pattern (arrows move and wrap, Home and End jump). The open tab is kept in the URL's hash, so
 * a reload or a shared link opens the same one.
 */
export const TABS = [
  { id: 'today', label: 'Today' },
  { id: 'floor', label: 'Floor' },
  { id: 'reps', label: 'Reps' },
  { id: 'shifts', label: 'Shifts' },
  { id: 'staff', label: 'Staff' },
  { id: 'content', label: 'Content' },
  { id: 'exports', label: 'Exports' },
  { id: 'queue', label: 'Queue' },
] as const

export type TabId = (typeof TABS)[number]['id']

export const DEFAULT_TAB: TabId = 'today'

/** "#floor" → 'floor'; anything unknown → the default tab. */
export function tabFromHash(hash: string): TabId {
  const id = hash.replace(/^#/, '')
  return TABS.find((t) => t.id === id)?.id ?? DEFAULT_TAB
}

/** The tab a key moves focus to from `index`, or null when the key is not a tab move. */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count
    case 'ArrowLeft':
      return (index - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}
