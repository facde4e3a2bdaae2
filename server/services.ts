/**
 * What the server is built from. `createServer(services)` takes these so tests can boot the real
 * server on a temporary store and a clock they control (STYLE.md, pattern 6).
 */
import type { WorkflowConfig } from './handoff/types'
import type { Logger } from './logger'
import type { LoginThrottle } from './auth/throttle'
import type { CrmStore } from './crm/store'
import type { RecordQueue } from './crm/recordQueue'
import type { ShowroomRecorder } from './showroom/recorder'
import type { Role } from '../shared/protocol'

/** Who a joining client is, as decided by the server (never by the client's say-so). */
export interface Identity {
  role: Role
  name: string
  /** Staff account id (staff only). */
  staffId?: string
  /** The registered kiosk this client runs on (kiosks only). */
  kioskId?: string
  /** Stable visitor id and the signed token that proves it (visitors and kiosks only). */
  visitorId?: string
  visitorToken?: string
  returning?: boolean
  /** 'phone', 'tablet' or 'desktop', from the browser's user agent (for visit records). */
  device?: string
}

export interface IdentityService {
  /** Staff: verifies a login token. Returns null when the token is missing, forged or expired. */
  verifyStaff(
    token: string,
  ): Promise<{ staffId: string; name: string; role: 'rep' | 'supervisor' } | null>
  /** Visitors: recognises a returning browser by its signed token, or issues a new identity. */
  visitor(
    token: string | undefined,
  ): Promise<{ visitorId: string; visitorToken: string; returning: boolean }>
  /** Kiosks: a kiosk token of a registered kiosk that has not been revoked; null otherwise. */
  verifyKiosk(token: string): Promise<{ kioskId: string; name: string; booth: string } | null>
}

export interface Services {
  logger: Logger
  /** The CRM: every acknowledged record is committed here before the client is told. */
  store?: CrmStore
  /** Batched writes for high-volume observations (visits, dwell, staff status). */
  records?: RecordQueue
  /** Signs staff and visitor tokens (DATA_DIR/secret.key or AUTH_SECRET). */
  secret?: Uint8Array
  loginThrottle?: LoginThrottle
  identity?: IdentityService
  /** Receives visits and station dwell (the CRM); absent in tests that do not look. */
  recorder?: ShowroomRecorder
  /** Wall-clock time for records, in epoch ms. Tests may pin it. */
  now?: () => number
  /** Answer target and windows of the summon workflow (defaults in server/handoff/workflow.ts). */
  handoff?: Partial<WorkflowConfig>
  /** How long a *Try it* turn lasts (default DEMO_TURN_MS in shared/demos.ts). */
  demoTurnMs?: number
  /** Avatars per room instance before the matchmaker opens another one. */
  maxClientsPerRoom?: number
}
