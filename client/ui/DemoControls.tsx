/** *Try it*: drive the robot's demo, queue for a turn, or watch who is driving. */
import { useEffect, useState } from 'react'
import { DEMO_MODES } from '../../shared/demos'
import type { StationId } from '../../shared/showroom'
import { sendStopDemo, sendTry } from '../net/send'
import { useShowroom } from '../net/store'

function useSecondsLeft(seenAt: number | undefined, turnMs: number | undefined): number {
  const [now, setNow] = useState(() => performance.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  if (seenAt === undefined || !turnMs) return 0
  return Math.max(0, Math.ceil((seenAt + turnMs - now) / 1000))
}

export function DemoControls({ stationId }: { stationId: StationId }) {
  const demo = useShowroom((s) => s.demos[stationId])
  const me = useShowroom((s) => s.me?.sessionId)
  const place = useShowroom((s) => s.demoQueue[stationId] ?? 0)
  const secondsLeft = useSecondsLeft(demo?.seenAt, demo?.turnMs)
  const modes = DEMO_MODES[stationId]
  const driving = !!demo?.running && demo.driverSession === me

  if (demo?.running && !driving) {
    return (
      <section className="demo" aria-label="Live demo">
        <p>
          <strong>{demo.driver}</strong> is driving the demo ({secondsLeft}s left)
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
            <strong>You are driving</strong> · {secondsLeft}s left
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
