/** *Try it*: drive the robot's demo, queue for a turn, or watch who is driving. */
import { useEffect, useState } from 'react'
import { DEMO_MODES } from '../../shared/demos'
import type { StationId } from '../../shared/showroom'
import { sendStopDemo, sendTry } from '../net/send'
import { serverClock } from '../net/serverClock'
import { useShowroom } from '../net/store'

/** Whole seconds left in a turn, on the server's clock: the same on every page in the room. */
export function secondsLeft(startedAt: number, turnMs: number, serverNow: number): number {
  if (!startedAt || !turnMs) return 0
  return Math.max(0, Math.ceil((startedAt + turnMs - serverNow) / 1000))
}

/** "29s" under a minute, "4:05" from a minute up. */
export function formatLeft(seconds: number): string {
  if (seconds < 60) return `${seconds}s`
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

function useSecondsLeft(startedAt = 0, turnMs = 0): number {
  const [seconds, setSeconds] = useState(() => secondsLeft(startedAt, turnMs, serverClock.now()))
  useEffect(() => {
    const update = () => setSeconds(secondsLeft(startedAt, turnMs, serverClock.now()))
    update()
    if (!startedAt) return // no turn running: nothing counts down
    // A quarter-second check keeps pages within a fraction of a second of each other; React
    // re-renders only when the whole second changes.
    const timer = setInterval(update, 250)
    return () => clearInterval(timer)
  }, [startedAt, turnMs])
  return seconds
}

export function DemoControls({ stationId }: { stationId: StationId }) {
  const demo = useShowroom((s) => s.demos[stationId])
  const me = useShowroom((s) => s.me?.sessionId)
  const place = useShowroom((s) => s.demoQueue[stationId] ?? 0)
  const left = formatLeft(useSecondsLeft(demo?.startedAt, demo?.turnMs))
  const modes = DEMO_MODES[stationId]
  const driving = !!demo?.running && demo.driverSession === me

  if (demo?.running && !driving) {
    return (
      <section className="demo" aria-label="Live demo">
        <p>
          <strong>{demo.driver}</strong> is driving the demo ({left} left)
          {demo.waiting > 0 && ` · ${demo.waiting} waiting`}
        </p>
        {place > 0 ? (
          <p>
            You are number {place} in line.{' '}
            <button onClick={() => sendStopDemo(stationId)}>Leave the line</button>
          </p>
        ) : (
          <button className="primary" onClick={() => sendTry(stationId)}>
            Queue for a turn
          </button>
        )}
      </section>
    )
  }
  return (
    <section className="demo" aria-label="Try it">
      <p>
        {driving ? (
          <>
            <strong>You are driving</strong> · {left} left
          </>
        ) : (
          <strong>Try it</strong>
        )}
      </p>
      <div className="demo-modes">
        {modes.map((m) => (
          <button
            key={m.id}
            className={driving && demo?.mode === m.id ? 'primary' : 'try'}
            aria-pressed={driving && demo?.mode === m.id}
            onClick={() => sendTry(stationId, m.id)}
          >
            {m.label}
          </button>
        ))}
        {driving && <button onClick={() => sendStopDemo(stationId)}>Stop</button>}
      </div>
    </section>
  )
}
