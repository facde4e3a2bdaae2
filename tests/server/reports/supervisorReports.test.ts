import { describe, expect, it } from 'vitest'
import type { ActivityRows, HandoffFact } from '../../../server/crm/reports'
import type { StaffRecord } from '../../../server/crm/types'
import { startOfDay, wallClock } from '../../../server/reports/day'
import { percentile } from '../../../server/reports/percentile'
import { coverage, scoreboard } from '../../../server/reports/scoreboard'
import { availableMs, scheduledMs } from '../../../server/reports/staffTime'
import { todayReport } from '../../../server/reports/today'

// Wall-clock instants in the server time zone, so the tests hold in any TZ.
const DAY = '2025-06-02'
const MIDNIGHT = startOfDay(DAY)
const at = (clock: string) => wallClock(DAY, clock)
const SEC = 1000
const MIN = 60 * SEC
const HOUR = 60 * MIN

const handoff = (over: Partial<HandoffFact>): HandoffFact => ({
  id: 'h',
  visitorId: 'v',
  repId: null,
  status: 'waiting',
  requestedAt: at('10:00'),
  acceptedAt: null,
  waitMs: null,
  firstResponseMs: null,
  rating: null,
  ...over,
})
/** A request at `clock`, accepted `waitMs` later by `repId`, first line `replyMs` after that. */
const answered = (clock: string, waitMs: number, replyMs: number, repId = 'r1', rating = 5) =>
  handoff({
    id: `h-${clock}-${repId}`,
    repId,
    status: 'ended',
    requestedAt: at(clock),
    acceptedAt: at(clock) + waitMs,
    waitMs,
    firstResponseMs: waitMs + replyMs,
    rating,
  })

const staff = (id: string, name: string, active = true): StaffRecord => ({
  id,
  email: `${id}@x.test`,
  name,
  role: 'rep',
  active,
  createdAt: 0,
})

describe('percentiles', () => {
  it('answers a value that really happened (nearest rank)', () => {
    expect(percentile([40, 10, 30, 20], 50)).toBe(20)
    expect(percentile([40, 10, 30, 20], 90)).toBe(40)
    expect(percentile([7], 90)).toBe(7)
    expect(percentile([], 50)).toBeNull()
  })
})

describe('time available from the status log', () => {
  const window = { from: MIDNIGHT, to: at('12:00') }

  it('sums available and busy intervals, the last one open until now', () => {
    const log = [
      { state: 'available', at: at('09:00') },
      { state: 'busy', at: at('09:30') },
      { state: 'available', at: at('09:45') },
      { state: 'away', at: at('10:00') },
      { state: 'available', at: at('11:30') },
    ]
    expect(availableMs(null, log, window)).toBe(HOUR + 30 * MIN)
  })

  it('starts the day in the state left before midnight, and ignores offline time', () => {
    const before = { state: 'available', at: MIDNIGHT - HOUR }
    expect(availableMs(before, [{ state: 'offline', at: at('01:00') }], window)).toBe(HOUR)
    expect(availableMs(null, [], window)).toBe(0)
  })
})

describe('planned time clipped to now', () => {
  const shift = (start: string, end: string) => ({ day: DAY, start, end })

  it('counts a shift under way up to now, and nothing of one not yet started', () => {
    const window = { from: MIDNIGHT, to: at('10:30') }
    expect(scheduledMs([shift('09:00', '17:00'), shift('11:00', '12:00')], window)).toBe(90 * MIN)
  })

  it('counts overlapping shifts once and a shift to 24:00 to the end of the day', () => {
    const window = { from: MIDNIGHT, to: wallClock(DAY, '24:00') }
    const shifts = [shift('08:00', '12:00'), shift('10:00', '14:00'), shift('22:00', '24:00')]
    expect(scheduledMs(shifts, window)).toBe(8 * HOUR)
  })
})

describe("today's numbers", () => {
  const rows: ActivityRows = {
    handoffs: [
      answered('09:10', 20 * SEC, 5 * SEC, 'r1', 4),
      answered('09:20', 90 * SEC, 15 * SEC, 'r1', 5),
      answered('11:05', 40 * SEC, 10 * SEC, 'r2', 5),
      handoff({ id: 'm', status: 'missed', requestedAt: at('11:10') }),
      // Yesterday's request accepted after midnight: not one of today's summons.
      { ...answered('00:01', 2 * MIN, 0, 'r2'), requestedAt: MIDNIGHT - MIN },
    ],
    visits: [
      { visitorId: 'a', startedAt: at('09:00') },
      { visitorId: 'a', startedAt: at('11:00') },
      { visitorId: 'b', startedAt: at('11:01') },
    ],
    dwells: [
      { visitId: 'x', stationId: 'arm', dwellMs: 10 * SEC },
      { visitId: 'y', stationId: 'drone', dwellMs: 25 * SEC },
      { visitId: 'z', stationId: 'arm', dwellMs: 20 * SEC },
    ],
    openTicketsDue: [at('08:00'), at('13:00')],
  }
  const report = todayReport({ rows, day: DAY, start: MIDNIGHT, now: at('11:30'), targetMs: MIN })

  it('counts summons, answers in target, waits, first responses, ratings and tickets', () => {
    expect(report.day).toBe(DAY)
    expect(report.targetMs).toBe(MIN)
    expect(report.numbers).toEqual({
      visitors: 2,
      summons: 4,
      answered: 3,
      answeredWithinTarget: 2,
      answeredWithinTargetRate: 0.5,
      waitP50Ms: 40 * SEC,
      waitP90Ms: 90 * SEC,
      firstResponseP50Ms: 10 * SEC,
      missed: 1,
      satisfactionAvg: 4.67,
      ratings: 3,
      ticketsOpen: 2,
      ticketsOverdue: 1,
    })
  })

  it('buckets each hour from midnight to now, by the hour of the request', () => {
    expect(report.hourly).toHaveLength(12)
    expect(report.hourly[0].hour).toBe('00:00')
    expect(report.hourly[9]).toEqual({
      hour: '09:00',
      visitors: 1,
      summons: 2,
      answered: 2,
      missed: 0,
    })
    expect(report.hourly[11]).toEqual({
      hour: '11:00',
      visitors: 2,
      summons: 2,
      answered: 1,
      missed: 1,
    })
  })

  it('ranks stations by total dwell, busiest first', () => {
    expect(report.stations).toEqual([
      { stationId: 'arm', dwellMs: 30 * SEC, visits: 2 },
      { stationId: 'drone', dwellMs: 25 * SEC, visits: 1 },
    ])
  })

  it('has no rate or percentiles on a quiet day', () => {
    const empty = { handoffs: [], visits: [], dwells: [], openTicketsDue: [] }
    const quiet = todayReport({
      rows: empty,
      day: DAY,
      start: MIDNIGHT,
      now: MIDNIGHT,
      targetMs: MIN,
    })
    expect(quiet.numbers).toMatchObject({
      answeredWithinTargetRate: null,
      waitP50Ms: null,
      firstResponseP50Ms: null,
      satisfactionAvg: null,
    })
    expect(quiet.hourly).toHaveLength(1)
  })
})

describe('scoreboard and coverage', () => {
  const team = [staff('r1', 'Riley'), staff('r2', 'Ada'), staff('gone', 'Gus', false)]

  it('gives each active rep their handoffs, waits, ratings, time available and planned', () => {
    const rows = scoreboard({
      staff: team,
      handoffs: [
        answered('09:10', 20 * SEC, 5 * SEC, 'r1', 4),
        answered('09:20', 40 * SEC, 9 * SEC),
      ],
      statusBefore: [{ staffId: 'r1', state: 'available', at: MIDNIGHT - HOUR }],
      status: [{ staffId: 'r1', state: 'away', at: at('02:00') }],
      shifts: [{ staffId: 'r2', day: DAY, start: '09:00', end: '17:00' }],
      window: { from: MIDNIGHT, to: at('10:00') },
    })
    expect(rows.map((r) => r.name)).toEqual(['Ada', 'Riley'])
    expect(rows[1]).toEqual({
      staffId: 'r1',
      name: 'Riley',
      role: 'rep',
      handled: 2,
      avgWaitMs: 30 * SEC,
      firstResponseP50Ms: 5 * SEC,
      ratingAvg: 4.5,
      ratings: 2,
      availableMs: 2 * HOUR,
      scheduledMs: 0,
    })
    expect(rows[0]).toMatchObject({
      handled: 0,
      avgWaitMs: null,
      availableMs: 0,
      scheduledMs: HOUR,
    })
  })

  it('is below minimum when fewer are on duty than needed, naming who is scheduled but away', () => {
    const result = coverage({
      staff: team,
      latest: [
        { staffId: 'r1', state: 'offline', at: at('09:00') },
        { staffId: 'r2', state: 'busy', at: at('09:50') },
        { staffId: 'gone', state: 'available', at: at('08:00') },
      ],
      shifts: [
        { staffId: 'r1', day: DAY, start: '09:00', end: '12:00' },
        { staffId: 'r2', day: DAY, start: '08:00', end: '10:00' },
        { staffId: 'r2', day: DAY, start: '14:00', end: '18:00' },
      ],
      minReps: 2,
      now: at('10:00'),
    })
    expect(result).toEqual({
      minReps: 2,
      available: [{ staffId: 'r2', name: 'Ada' }],
      scheduled: [{ staffId: 'r1', name: 'Riley', available: false }],
      belowMinimum: true,
    })
  })
})
