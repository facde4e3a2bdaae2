/**
 * The IdentityService the room uses to decide who joins (server/services.ts): staff by login
 * token, visitors by their signed visitor token. A token for a staff account that has since been
 * deactivated is refused even before it expires.
 */
import { randomUUID } from 'node:crypto'
import type { CrmStore } from '../crm/store'
import type { IdentityService } from '../services'
import { signVisitorToken, verifyKioskToken, verifyStaffToken, verifyVisitorToken } from './tokens'

export interface IdentityDeps {
  secret: Uint8Array
  /** The server's clock, epoch ms. */
  now: () => number
  /** When given, staff tokens are checked against the account's current state. */
  store?: Pick<CrmStore, 'getStaff'> & Partial<Pick<CrmStore, 'getKiosk'>>
}

export function createIdentityService(deps: IdentityDeps): IdentityService {
  return {
    async verifyStaff(token) {
      const claims = await verifyStaffToken(deps.secret, token, deps.now())
      if (!claims || !deps.store) return claims
      const account = await deps.store.getStaff(claims.staffId)
      if (!account?.active) return null
      // The account is the truth for role and name: a demotion applies at the next join.
      return { staffId: account.id, role: account.role, name: account.name }
    },

    async verifyKiosk(token) {
      const claims = await verifyKioskToken(deps.secret, token, deps.now())
      const kiosk = claims && (await deps.store?.getKiosk?.(claims.kioskId))
      if (!kiosk || kiosk.revokedAt !== null) return null // unknown, or revoked by a supervisor
      return { kioskId: kiosk.id, name: kiosk.name, booth: kiosk.booth }
    },

    async visitor(token) {
      const known = token ? await verifyVisitorToken(deps.secret, token, deps.now()) : null
      const visitorId = known?.visitorId ?? randomUUID()
      // Re-signed on every visit, so a visitor who keeps coming back never expires.
      const visitorToken = await signVisitorToken(deps.secret, visitorId, deps.now())
      return { visitorId, visitorToken, returning: known !== null }
    },
  }
}
