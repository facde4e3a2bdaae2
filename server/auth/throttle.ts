/**
 * Slows password guessing: after too many failed logins for one email, or from one address, that
 * key is locked for a while and the login route answers 429. Pure: the caller passes the time.
 * It lives in one process's memory; several processes each count on their own, which still caps
 * guessing at a small multiple of the limit.
 */
export interface ThrottleOptions {
  maxFailures?: number
  windowMs?: number
  lockMs?: number
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number }

interface Entry {
  /** Times of failures still inside the window, oldest first. */
  failures: number[]
  lockedUntil: number
}

const TEN_MINUTES_MS = 10 * 60 * 1000
/** Past this many keys, stale entries are swept so a flood of made-up emails cannot grow memory. */
const SWEEP_AT_KEYS = 10_000

export class LoginThrottle {
  private readonly maxFailures: number
  private readonly windowMs: number
  private readonly lockMs: number
  private readonly entries = new Map<string, Entry>()

  constructor(options: ThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? 5
    this.windowMs = options.windowMs ?? TEN_MINUTES_MS
    this.lockMs = options.lockMs ?? TEN_MINUTES_MS
  }

  /** Ask before checking the password, so a locked key costs no scrypt work. */
  check(email: string, ip: string, now: number): ThrottleVerdict {
    const until = Math.max(this.lockedUntil(emailKey(email), now), this.lockedUntil(ipKey(ip), now))
    return until > now ? { allowed: false, retryAfterMs: until - now } : { allowed: true }
  }

  recordFailure(email: string, ip: string, now: number): ThrottleVerdict {
    for (const key of [emailKey(email), ipKey(ip)]) this.fail(key, now)
    if (this.entries.size > SWEEP_AT_KEYS) this.sweep(now)
    return this.check(email, ip, now)
  }

  /** A right password clears the email's count; the address keeps its record of other guesses. */
  recordSuccess(email: string): void {
    this.entries.delete(emailKey(email))
  }

  private fail(key: string, now: number): void {
    const entry = this.entries.get(key) ?? { failures: [], lockedUntil: 0 }
    entry.failures = entry.failures.filter((t) => now - t < this.windowMs)
    entry.failures.push(now)
    if (entry.failures.length >= this.maxFailures) {
      entry.lockedUntil = now + this.lockMs
      entry.failures = []
    }
    this.entries.set(key, entry)
  }

  private lockedUntil(key: string, now: number): number {
    const entry = this.entries.get(key)
    return entry && entry.lockedUntil > now ? entry.lockedUntil : 0
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      const recent = entry.failures.some((t) => now - t < this.windowMs)
      if (!recent && entry.lockedUntil <= now) this.entries.delete(key)
    }
  }
}

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`
const ipKey = (ip: string) => `ip:${ip}`
