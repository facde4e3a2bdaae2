/**
 * The showroom in 3D, in the rep's console: the same lazy scene chunk the visitor loads, with the
 * rep as the local avatar (the server puts it beside the visitor they accept, and the camera turns
 * to show both). It can be hidden to spare a weak machine; without WebGL, a note stands in.
 */
import { Suspense, lazy } from 'react'
import { useStaff } from '../net/staffStore'
import { usePrefersReducedMotion } from '../ui/usePrefersReducedMotion'

const ShowroomScene = lazy(() => import('../scene/ShowroomScene'))

export interface RepViewProps {
  /** Whether this browser can draw 3D at all (client/ui/webgl.ts). */
  webgl: boolean
  shown: boolean
  onToggle: () => void
}

export function RepView({ webgl, shown, onToggle }: RepViewProps) {
  const reducedMotion = usePrefersReducedMotion()
  const conversation = useStaff((s) => s.conversation)
  const beside = conversation && !conversation.ended ? conversation.visitor.name : undefined
  return (
    <section className={`rep-view${shown && webgl ? '' : ' collapsed'}`} aria-label="Showroom">
      <div className="rep-view-bar">
        <h2>Showroom</h2>
        {beside && <span className="pill beside">Beside {beside}</span>}
        {webgl && shown && (
          <span className="muted rep-view-hint">Walk: WASD, arrow keys or click the floor</span>
        )}
        {webgl && <button onClick={onToggle}>{shown ? 'Hide 3D view' : 'Show 3D view'}</button>}
      </div>
      {!webgl && (
        <p className="rep-view-note">
          This browser cannot draw the 3D showroom (no WebGL). The queue and conversations work as
          usual, and your avatar still goes to the visitor you accept.
        </p>
      )}
      {webgl && shown && (
        <div className="rep-view-3d">
          <Suspense fallback={<div className="rep-view-loading">Opening the showroom…</div>}>
            <ShowroomScene reducedMotion={reducedMotion} />
          </Suspense>
        </div>
      )}
    </section>
  )
}
