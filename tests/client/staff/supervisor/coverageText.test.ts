/** The coverage line: calm when covered, an alert naming who to call when it is not. */
import { describe, expect, it } from 'vitest'
import { coverageText, listNames } from '../../../../client/staff/supervisor/coverageText'
import type { Coverage } from '../../../../shared/staffApi'

const person = (name: string) => ({ staffId: name.toLowerCase(), name })

describe('coverage text', () => {
  it('names who is scheduled but not available when coverage is below the minimum', () => {
    const c: Coverage = {
      minReps: 2,
      available: [person('Dana')],
      scheduled: [
        { ...person('Dana'), available: true },
        { ...person('Lee'), available: false },
        { ...person('Sam'), available: false },
      ],
      belowMinimum: true,
    }
    expect(coverageText(c)).toEqual({
      level: 'alert',
      headline: 'Below minimum: 1 rep available, 2 needed.',
      detail: 'Scheduled but not available: Lee and Sam.',
    })
  })

  it('says nobody is scheduled when the floor is empty and a minimum is set', () => {
    const c: Coverage = { minReps: 1, available: [], scheduled: [], belowMinimum: true }
    expect(coverageText(c)).toMatchObject({
      level: 'alert',
      headline: 'Below minimum: 0 reps available, 1 needed.',
      detail: 'Nobody is scheduled right now.',
    })
  })

  it('is calm when covered, still naming a scheduled rep who is away', () => {
    const c: Coverage = {
      minReps: 1,
      available: [person('Dana'), person('Ana')],
      scheduled: [{ ...person('Lee'), available: false }],
      belowMinimum: false,
    }
    expect(coverageText(c)).toEqual({
      level: 'ok',
      headline: 'Covered: 2 reps available, minimum 1.',
      detail: 'Scheduled but not available: Lee.',
    })
  })

  it('says when no minimum is set', () => {
    const c: Coverage = { minReps: 0, available: [], scheduled: [], belowMinimum: false }
    expect(coverageText(c)).toEqual({
      level: 'ok',
      headline: '0 reps available; no minimum is set.',
      detail: '',
    })
  })

  it('lists names the way people write them', () => {
    expect(listNames([])).toBe('')
    expect(listNames(['Dana'])).toBe('Dana')
    expect(listNames(['Dana', 'Lee', 'Sam'])).toBe('Dana, Lee and Sam')
  })
})
