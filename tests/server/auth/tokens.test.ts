import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SignJWT } from 'jose'
import { afterEach, describe, expect, it } from 'vitest'
import {
  loadSecret,
  signStaffToken,
  signVisitorToken,
  STAFF_TOKEN_TTL_MS,
  verifyStaffToken,
  verifyVisitorToken,
} from '../../../server/auth'

const NOW = Date.parse('2025-06-01T10:00:00.000Z')
const secret = new TextEncoder().encode('a'.repeat(32))
const otherSecret = new TextEncoder().encode('b'.repeat(32))
const rita = { staffId: 'staff-1', role: 'supervisor', name: 'Rita' } as const

describe('staff and visitor tokens', () => {
  it('round-trips a staff token until it expires', async () => {
    const token = await signStaffToken(secret, rita, NOW)
    expect(await verifyStaffToken(secret, token, NOW + 60_000)).toEqual(rita)
    expect(await verifyStaffToken(secret, token, NOW + STAFF_TOKEN_TTL_MS + 1000)).toBeNull()
  })

  it('rejects tokens signed with another secret, tampered with, or unsigned', async () => {
    const token = await signStaffToken(secret, rita, NOW)
    expect(await verifyStaffToken(otherSecret, token, NOW)).toBeNull()
    const [header, , signature] = token.split('.')
    const body = Buffer.from(JSON.stringify({ sub: 'staff-1', role: 'supervisor', name: 'Eve' }))
    expect(
      await verifyStaffToken(secret, `${header}.${body.toString('base64url')}.${signature}`, NOW),
    ).toBeNull()
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${body.toString('base64url')}.`
    expect(await verifyStaffToken(secret, none, NOW)).toBeNull()
    expect(await verifyStaffToken(secret, 'not a token', NOW)).toBeNull()
  })

  it('keeps visitor and staff tokens apart', async () => {
    const visitor = await signVisitorToken(secret, 'visitor-1', NOW)
    expect(await verifyVisitorToken(secret, visitor, NOW + 300 * 86_400_000)).toEqual({
      visitorId: 'visitor-1',
    })
    expect(await verifyStaffToken(secret, visitor, NOW)).toBeNull()
    expect(
      await verifyVisitorToken(secret, await signStaffToken(secret, rita, NOW), NOW),
    ).toBeNull()
  })

  it('refuses a staff token whose role is not a staff role', async () => {
    const forgedRole = await new SignJWT({ role: 'visitor', name: 'X' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('stormpeak-showroom')
      .setAudience('staff')
      .setSubject('x')
      .setExpirationTime(NOW / 1000 + 60)
      .sign(secret)
    expect(await verifyStaffToken(secret, forgedRole, NOW)).toBeNull()
  })
})

describe('the signing secret', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

  it('is generated into DATA_DIR once, readable by the owner only, and reused', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stormpeak-secret-'))
    dirs.push(dir)
    const first = loadSecret(path.join(dir, 'data'), {})
    const file = path.join(dir, 'data', 'secret.key')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(file, 'utf8').length).toBeGreaterThanOrEqual(32)
    expect(loadSecret(path.join(dir, 'data'), {})).toEqual(first)
  })

  it('comes from AUTH_SECRET when set, and refuses a short one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stormpeak-secret-'))
    dirs.push(dir)
    const fromEnv = loadSecret(dir, { AUTH_SECRET: 'x'.repeat(40) })
    expect(new TextDecoder().decode(fromEnv)).toBe('x'.repeat(40))
    expect(() => loadSecret(dir, { AUTH_SECRET: 'short' })).toThrow(/at least/)
  })
})
