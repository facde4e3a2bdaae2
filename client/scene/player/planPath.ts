/** Plans a walk from where the local avatar stands to a target, around obstacles. */
import { findPath } from '../../../shared/pathfinding'
import type { Vec2 } from '../../../shared/showroom'
import { localPlayer } from './localPlayer'

export function planPath(target: Vec2): Vec2[] {
  return findPath({ x: localPlayer.x, z: localPlayer.z }, target) ?? [target]
}
