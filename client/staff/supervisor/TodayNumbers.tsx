/** Today's numbers since midnight: tiles for the figures a supervisor is asked about, then charts. */
import type { TodayReport } from '../../../shared/staffApi'
import { formatDuration, formatPercent, formatRating } from './format'
import { getToday } from './supervisorApi'
import { TodayCharts } from './TodayCharts'
import { usePoll } from './usePoll'

/** How often the numbers refresh while on screen. */
const TODAY_POLL_MS = 5000

interface TileProps {
  label: string
  value: string
  note?: string
  alert?: boolean
}

function Tile({ label, value, note, alert }: TileProps) {
  return (
    <div className={alert ? 'sv-tile alert' : 'sv-tile'}>
      <dt>{label}</dt>
      <dd>
        <span className="sv-tile-value">{value}</span>
        {note && <span className="sv-tile-note">{note}</span>}
      </dd>
    </div>
  )
}

function Tiles({ report }: { report: TodayReport }) {
  const n = report.numbers
  return (
    <dl className="sv-tiles">
      <Tile label="Visitors" value={String(n.visitors)} />
      <Tile label="Summons" value={String(n.summons)} note={`${n.answered} answered`} />
      <Tile
        label="Answered within target"
        value={formatPercent(n.answeredWithinTargetRate)}
        note={`${n.answeredWithinTarget} of ${n.summons} within ${formatDuration(report.targetMs)}`}
      />
      <Tile
        label="Wait p50 / p90"
        value={`${formatDuration(n.waitP50Ms)} / ${formatDuration(n.waitP90Ms)}`}
      />
      <Tile label="First response" value={formatDuration(n.firstResponseP50Ms)} note="median" />
      <Tile label="Missed" value={String(n.missed)} alert={n.missed > 0} />
      <Tile
        label="Satisfaction"
        value={
          n.satisfactionAvg === null ? formatRating(null) : `${formatRating(n.satisfactionAvg)} / 5`
        }
        note={`${n.ratings} ${n.ratings === 1 ? 'rating' : 'ratings'}`}
      />
      <Tile
        label="Tickets open / overdue"
        value={`${n.ticketsOpen} / ${n.ticketsOverdue}`}
        alert={n.ticketsOverdue > 0}
      />
    </dl>
  )
}

export function TodayNumbers() {
  const { data, error } = usePoll(getToday, TODAY_POLL_MS)
  return (
    <section className="staff-panel card" aria-labelledby="sv-today-title">
      <h2 id="sv-today-title">Today{data ? ` · ${data.day}` : ''}</h2>
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p className="muted">Loading today’s numbers…</p>}
      {data && <Tiles report={data} />}
      {data && <TodayCharts report={data} />}
    </section>
  )
}
