import { describe, expect, it } from 'vitest'
import { LoginThrottle } from '../../../server/auth'

const MINUTE = 60_000

describe('LoginThrottle', () => {
  it('locks an email for ten minutes after five failures in ten minutes', () => {
    const throttle = new LoginThrottle()
    for (let i = 0; i < 4; i++) throttle.recordFailure('rep@x.test', `10.0.0.${i}`, i * MINUTE)
    expect(throttle.check('rep@x.test', '10.0.0.9', 4 * MINUTE)).toEqual({ allowed: true })
    expect(throttle.recordFailure('REP@x.test', '10.0.0.9', 4 * MINUTE)).toEqual({
      allowed: false,
      retryAfterMs: 10 * MINUTE,
    })
    expect(throttle.check('rep@x.test', '10.0.0.50', 13 * MINUTE)).toEqual({
      allowed: false,
      retryAfterMs: MINUTE,
    })
    expect(throttle.check('rep@x.test', '10.0.0.50', 14 * MINUTE)).toEqual({ allowed: true })
  })

  it('forgets failures older than the window', () => {
    const throttle = new LoginThrottle()
    for (let i = 0; i < 4; i++) throttle.recordFailure('a@x.test', '1.1.1.1', i * MINUTE)
    expect(throttle.recordFailure('a@x.test', '1.1.1.1', 11 * MINUTE)).toEqual({ allowed: true })
  })

  it('locks an address that guesses across many emails', () => {
    const throttle = new LoginThrottle({ maxFailures: 3 })
    for (let i = 0; i < 3; i++) throttle.recordFailure(`user${i}@x.test`, '6.6.6.6', i)
    expect(throttle.check('someone-else@x.test', '6.6.6.6', 10).allowed).toBe(false)
    expect(throttle.check('someone-else@x.test', '7.7.7.7', 10).allowed).toBe(true)
  })

  it('clears the email count after a successful login', () => {
    const throttle = new LoginThrottle({ maxFailures: 2 })
    throttle.recordFailure('a@x.test', '1.1.1.1', 0)
    throttle.recordSuccess('a@x.test')
    expect(throttle.recordFailure('a@x.test', '2.2.2.2', 1)).toEqual({ allowed: true })
  })
})
