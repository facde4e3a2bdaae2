/**
 * Resolves once the page has Inter in every weight the scene draws (the same woff files the
 * overlay's @font-face uses, shipped with the app): text drawn earlier would bake in a fallback.
 * One promise for the page's life, so React's `use()` suspends only the first time.
 */
const WEIGHTS = [400, 600, 700] as const

let ready: Promise<void> | undefined

export function interReady(): Promise<void> {
  ready ??= Promise.all(WEIGHTS.map((w) => document.fonts.load(`${w} 64px Inter`))).then(
    () => undefined,
    () => undefined, // no font: draw with the fallback rather than not at all
  )
  return ready
}
