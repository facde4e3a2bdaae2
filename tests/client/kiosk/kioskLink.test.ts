/**
 * The kiosk never gives up: while the server cannot be reached it tries again with a doubling
 * wait, capped, for as long as it runs, with the offline banner up; only a refusal (a revoked
 * kiosk) stops it. After a lost connection it starts again from the short wait.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { keepKioskOnline } from '../../../client/kiosk/kioskLink'
import { connect } from '../../../client/net/connection'
import { useShowroom } from '../../../client/net/store'

vi.mock('../../../client/net/connection', () => ({ connect: vi.fn() }))
const connectMock = vi.mocked(connect)

/** A room that closes when `drop()` is called. */
function fakeRoom() {
  let onLeave = () => {}
  const room = { onLeave: (cb: () => void) => (onLeave = cb) }
  return { room, drop: () => onLeave() }
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i])

beforeEach(() => {
  vi.useFakeTimers()
  connectMock.mockReset()
})
afterEach(() => vi.useRealTimers())

describe('the kiosk link', () => {
  it('retries an unreachable server forever, doubling the wait up to 30 s, banner up', async () => {
    const attempts: number[] = []
    connectMock.mockImplementation(async () => {
      attempts.push(Date.now())
      throw new Error('Cannot reach the showroom: connect ECONNREFUSED')
    })
    let stop = false
    const done = keepKioskOnline('token', () => stop)
    await vi.advanceTimersByTimeAsync(10 * 60_000) // ten minutes down
    expect(gaps(attempts).slice(0, 7)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000])
    expect(attempts.length).toBeGreaterThan(20) // still trying after ten minutes
    expect(useShowroom.getState()).toMatchObject({
      status: 'reconnecting',
      statusText: expect.stringMatching(/Offline: this screen reconnects by itself/),
    })
    stop = true
    await vi.advanceTimersByTimeAsync(30_000)
    await done
  })

  it('stops only when the server refuses the kiosk (revoked)', async () => {
    connectMock.mockRejectedValue(new Error('This kiosk is not registered: ask a supervisor'))
    await keepKioskOnline('revoked', () => false)
    expect(connectMock).toHaveBeenCalledTimes(1)
  })

  it('comes back after a lost connection, starting again from the short wait', async () => {
    const attempts: number[] = []
    const rooms: ReturnType<typeof fakeRoom>[] = []
    let failures = 3
    connectMock.mockImplementation(async () => {
      attempts.push(Date.now())
      if (rooms.length === 1 && failures-- > 0) throw new Error('Cannot reach the showroom')
      const r = fakeRoom()
      rooms.push(r)
      return r.room as never
    })
    let stop = false
    const done = keepKioskOnline('token', () => stop)
    await vi.advanceTimersByTimeAsync(0)
    expect(rooms).toHaveLength(1)
    rooms[0].drop() // the server restarts
    await vi.advanceTimersByTimeAsync(60_000)
    expect(rooms).toHaveLength(2) // back in the room, by itself
    expect(gaps(attempts)).toEqual([1000, 2000, 4000, 8000])
    rooms[1].drop()
    await vi.advanceTimersByTimeAsync(999)
    expect(attempts).toHaveLength(5)
    await vi.advanceTimersByTimeAsync(1)
    expect(attempts).toHaveLength(6) // the backoff started afresh after a good connection
    stop = true
    rooms[2]?.drop()
    await vi.advanceTimersByTimeAsync(2000)
    await done
  })
})
