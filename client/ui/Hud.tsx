/** The brand, a one-line hint on how to move, who is here, and *Talk to a person*. */
import { useShowroom } from '../net/store'
import { TalkButton } from './summon/TalkButton'

export function Hud() {
  const count = useShowroom((s) => Object.keys(s.members).length)
  const online = useShowroom((s) => s.status === 'online')
  return (
    <header className="hud">
      <span className="brand">StormPeak</span>
      <span className="hud-hint">
        WASD or arrows to walk · click the floor to go there · drag to look · scroll to zoom
      </span>
      <span className="hud-count" aria-label="People in the showroom">
        {count} here
      </span>
      {online && <TalkButton />}
    </header>
  )
}
