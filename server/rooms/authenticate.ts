/**
 * Decides who a joining client is. Staff prove it with a login token (`client.auth.token`);
 * kiosks with a kiosk token; everyone else is a visitor, recognised by a signed visitor token.
 */
import type { JoinOptions } from '../../shared/protocol'
import type { Identity, IdentityService } from '../services'

export async function authenticate(
  options: JoinOptions,
  token: string | undefined,
  identity: IdentityService | undefined,
): Promise<Identity> {
  if (token) {
    const staff = identity ? await identity.verifyStaff(token) : null
    if (!staff) throw new Error('Your staff session is not valid any more: please sign in again.')
    return { role: staff.role, name: staff.name, staffId: staff.staffId }
  }
  if (options.channel === 'kiosk' || options.kioskToken) {
    const kiosk =
      options.kioskToken && identity ? await identity.verifyKiosk(options.kioskToken) : null
    if (!kiosk) throw new Error('This kiosk is not registered: ask a supervisor for its link.')
    // Every person at the booth is a new visitor: the kiosk forgets them, the CRM keeps them.
    const visitor = await identity!.visitor(undefined)
    return {
      role: 'kiosk',
      name: options.name ?? `Guest at ${kiosk.booth}`,
      kioskId: kiosk.kioskId,
      ...visitor,
    }
  }
  if (!options.name) throw new Error('Please enter a display name to join.')
  const visitor = identity ? await identity.visitor(options.visitorToken) : undefined
  return { role: 'visitor', name: options.name, ...visitor }
}

/** A coarse device class from the user agent: enough for reports, not a fingerprint. */
export function deviceClass(userAgent: string | undefined): string | undefined {
  if (!userAgent) return undefined
  if (/iPad|Tablet/i.test(userAgent)) return 'tablet'
  if (/Mobi|Android|iPhone/i.test(userAgent)) return 'phone'
  return 'desktop'
}
