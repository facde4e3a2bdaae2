/** Who hears a chat line: a private line reaches its two ends; otherwise people within earshot. */
import { CHAT_HEARING_RADIUS_M, distance } from '../../shared/rules'
import type { Vec2 } from '../../shared/showroom'

export interface Listener extends Vec2 {
  sessionId: string
}

export function nearbyListeners(speaker: Vec2, everyone: Iterable<Listener>): string[] {
  const heard: string[] = []
  for (const l of everyone) {
    if (distance(speaker, l) <= CHAT_HEARING_RADIUS_M) heard.push(l.sessionId)
  }
  return heard
}
