/**
 * Per-client token buckets, one per message type, so one chatty client cannot flood the room.
 * Time comes from the caller's clock (the room's), so tests can advance it.
 */
import type { InboundType } from '../../shared/protocol'

interface BucketSpec {
  /** Messages that may arrive at once. */
  burst: number
  /** Sustained messages per second. */
  perSecond: number
}

/** Moves arrive at the 20 Hz send rate with jitter; people chat far slower than they walk. */
export const RATE_LIMITS: Record<InboundType, BucketSpec> = {
  move: { burst: 40, perSecond: 30 },
  chat: { burst: 5, perSecond: 0.5 },
  summon: { burst: 3, perSecond: 0.2 },
  'cancel-summon': { burst: 3, perSecond: 0.2 },
  rate: { burst: 3, perSecond: 0.2 },
  status: { burst: 5, perSecond: 1 },
  accept: { burst: 5, perSecond: 1 },
  'end-handoff': { burst: 5, perSecond: 1 },
  // A demo press is cheap to spam and costly to watch: a few quick ones, then one every 2 s.
  try: { burst: 4, perSecond: 0.5 },
  'stop-demo': { burst: 4, perSecond: 0.5 },
  'leave-message': { burst: 3, perSecond: 0.05 },
}

interface Bucket {
  tokens: number
  at: number
}

export class RateLimiter {
  private buckets = new Map<string, Bucket>()

  constructor(
    private now: () => number,
    private limits: Record<string, BucketSpec> = RATE_LIMITS,
  ) {}

  /** Takes one token; false when the client has to wait. */
  take(clientId: string, type: string): boolean {
    const spec = this.limits[type]
    if (!spec) return true
    const key = `${clientId}\u0000${type}`
    const now = this.now()
    const bucket = this.buckets.get(key) ?? { tokens: spec.burst, at: now }
    bucket.tokens = Math.min(
      spec.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * spec.perSecond,
    )
    bucket.at = now
    const allowed = bucket.tokens >= 1
    if (allowed) bucket.tokens -= 1
    this.buckets.set(key, bucket)
    return allowed
  }

  forget(clientId: string): void {
    for (const key of this.buckets.keys()) {
      if (key.startsWith(`${clientId}\u0000`)) this.buckets.delete(key)
    }
  }
}
