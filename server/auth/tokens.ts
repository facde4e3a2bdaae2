/**
 * Signed tokens (jose, HS256) for staff sessions and returning visitors, both under one secret.
 * The audience claim keeps the two apart: a visitor token never passes as a staff token. Times come
 * from the caller's clock so tests can expire a token without waiting.
 */
import { SignJWT, jwtVerify } from 'jose'

export type Time = Date | number
export type StaffRole = 'rep' | 'supervisor'

/** A working day plus slack: staff sign in once per shift. */
export const STAFF_TOKEN_TTL_MS = 12 * 60 * 60 * 1000
/** A year: "returning visitor" should survive a long gap between trade shows. */
export const VISITOR_TOKEN_TTL_MS = 365 * 24 * 60 * 60 * 1000

const ISSUER = 'stormpeak-showroom'
const STAFF_AUDIENCE = 'staff'
const VISITOR_AUDIENCE = 'visitor'
const KIOSK_AUDIENCE = 'kiosk'
/** Kiosks run for a whole trade show and longer; revocation (in the store) is what ends them. */
export const KIOSK_TOKEN_TTL_MS = 5 * 365 * 24 * 60 * 60 * 1000
const ALG = 'HS256'

const seconds = (t: Time) => Math.floor((typeof t === 'number' ? t : t.getTime()) / 1000)
const asDate = (t: Time) => (typeof t === 'number' ? new Date(t) : t)

export interface StaffClaims {
  staffId: string
  role: StaffRole
  name: string
}

function sign(claims: Record<string, unknown>, sub: string, aud: string, now: Time, ttlMs: number) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALG })
    .setIssuer(ISSUER)
    .setAudience(aud)
    .setSubject(sub)
    .setIssuedAt(seconds(now))
    .setExpirationTime(seconds(now) + Math.floor(ttlMs / 1000))
}

async function verify(token: string, secret: Uint8Array, audience: string, now: Time) {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: [ALG],
      issuer: ISSUER,
      audience,
      currentDate: asDate(now),
    })
    return payload
  } catch {
    // Expired, forged, malformed or meant for the other audience: all mean "not signed in".
    return null
  }
}

export function signStaffToken(
  secret: Uint8Array,
  staff: StaffClaims,
  now: Time,
  ttlMs = STAFF_TOKEN_TTL_MS,
): Promise<string> {
  return sign(
    { role: staff.role, name: staff.name },
    staff.staffId,
    STAFF_AUDIENCE,
    now,
    ttlMs,
  ).sign(secret)
}

export async function verifyStaffToken(
  secret: Uint8Array,
  token: string,
  now: Time,
): Promise<StaffClaims | null> {
  const payload = await verify(token, secret, STAFF_AUDIENCE, now)
  if (!payload || typeof payload.sub !== 'string' || typeof payload.name !== 'string') return null
  if (payload.role !== 'rep' && payload.role !== 'supervisor') return null
  return { staffId: payload.sub, role: payload.role, name: payload.name }
}

export function signVisitorToken(
  secret: Uint8Array,
  visitorId: string,
  now: Time,
  ttlMs = VISITOR_TOKEN_TTL_MS,
): Promise<string> {
  return sign({ visitorId }, visitorId, VISITOR_AUDIENCE, now, ttlMs).sign(secret)
}

export async function verifyVisitorToken(
  secret: Uint8Array,
  token: string,
  now: Time,
): Promise<{ visitorId: string } | null> {
  const payload = await verify(token, secret, VISITOR_AUDIENCE, now)
  if (!payload || typeof payload.visitorId !== 'string' || payload.visitorId !== payload.sub) {
    return null
  }
  return { visitorId: payload.visitorId }
}

export function signKioskToken(secret: Uint8Array, kioskId: string, now: Time): Promise<string> {
  return sign({}, kioskId, KIOSK_AUDIENCE, now, KIOSK_TOKEN_TTL_MS).sign(secret)
}

export async function verifyKioskToken(
  secret: Uint8Array,
  token: string,
  now: Time,
): Promise<{ kioskId: string } | null> {
  const payload = await verify(token, secret, KIOSK_AUDIENCE, now)
  return payload && typeof payload.sub === 'string' ? { kioskId: payload.sub } : null
}
