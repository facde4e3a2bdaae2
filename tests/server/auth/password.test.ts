import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../../../server/auth'

describe('staff passwords', () => {
  it('verifies the password a hash was made from, and nothing else', async () => {
    const hash = await hashPassword('correct horse battery')
    expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/)
    expect(hash).not.toContain('correct')
    expect(await verifyPassword('correct horse battery', hash)).toBe(true)
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false)
    expect(await verifyPassword('', hash)).toBe(false)
  })

  it('salts every hash, so equal passwords do not look equal', async () => {
    const [a, b] = await Promise.all([hashPassword('same-password'), hashPassword('same-password')])
    expect(a).not.toBe(b)
    expect(await verifyPassword('same-password', b)).toBe(true)
  })

  it('refuses stored strings that are not its hashes, or that ask for absurd cost', async () => {
    const hash = await hashPassword('pw-12345678')
    const parts = hash.split('$')
    expect(await verifyPassword('pw-12345678', 'plain-text')).toBe(false)
    expect(await verifyPassword('pw-12345678', ['bcrypt', ...parts.slice(1)].join('$'))).toBe(false)
    const costly = [parts[0], String(2 ** 30), ...parts.slice(2)].join('$')
    expect(await verifyPassword('pw-12345678', costly)).toBe(false)
    const truncated = [...parts.slice(0, 5), parts[5].slice(0, 10)].join('$')
    expect(await verifyPassword('pw-12345678', truncated)).toBe(false)
  })
})
