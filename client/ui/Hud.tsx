/** The brand and a one-line hint on how to move. */
import { useShowroom } from '../net/store'

export function Hud() {
  const count = useShowroom((s) => Object.keys(s.members).length)
  return (
    <header className="hud">
      <span className="brand">StormPeak</span>
      <span className="hud-hint">
        WASD or arrows to walk · click the floor to go there · drag to look
      </span>
      <span className="hud-count" aria-label="People in the showroom">
        {count} here
      </span>
    </header>
  )
}
