/** Where the server puts a rep who answers a visitor: beside them, on clear floor, facing them. */
import { isClear } from '../../shared/pathfinding'
import { headingTowards, resolveCollisions, type Pose } from '../../shared/rules'

/** A conversational distance: close enough to talk, not in their face. */
export const BESIDE_DISTANCE_M = 1.3
/** Angles tried around the visitor, starting at their front-left where they will see the rep arrive. */
const CANDIDATE_ANGLES = [0.6, -0.6, 1.2, -1.2, 0, 1.8, -1.8, Math.PI]

export function besidePose(visitor: Pose): Pose {
  for (const offset of CANDIDATE_ANGLES) {
    const a = visitor.ry + offset
    const spot = {
      x: visitor.x + Math.sin(a) * BESIDE_DISTANCE_M,
      z: visitor.z + Math.cos(a) * BESIDE_DISTANCE_M,
    }
    if (isClear(spot)) return { ...spot, ry: headingTowards(spot, visitor) }
  }
  const spot = resolveCollisions({ x: visitor.x + BESIDE_DISTANCE_M, z: visitor.z })
  return { ...spot, ry: headingTowards(spot, visitor) }
}
