/** Today's figures per rep: a table sorted by any column (click or Enter on its header). */
import { useState } from 'react'
import type { ScoreboardRow } from '../../../shared/staffApi'
import { formatAvailableOfScheduled, formatDuration, formatRating } from './format'
import { nextSort, sortScoreboard, type ScoreColumn, type ScoreSort } from './scoreboardSort'
import { getScoreboard } from './supervisorApi'
import { usePoll } from './usePoll'

const SCOREBOARD_POLL_MS = 5000

const COLUMNS: { column: ScoreColumn; label: string; numeric: boolean }[] = [
  { column: 'name', label: 'Name', numeric: false },
  { column: 'role', label: 'Role', numeric: false },
  { column: 'handled', label: 'Handled', numeric: true },
  { column: 'avgWait', label: 'Avg wait', numeric: true },
  { column: 'firstResponse', label: 'First response', numeric: true },
  { column: 'rating', label: 'Rating', numeric: true },
  { column: 'available', label: 'Available / scheduled', numeric: true },
]

const rating = (r: ScoreboardRow) =>
  r.ratingAvg === null ? formatRating(null) : `${formatRating(r.ratingAvg)} (${r.ratings})`

export interface ScoreTableProps {
  rows: readonly ScoreboardRow[]
}

/** The table alone, so tests can render it with rows of their own. */
export function ScoreTable({ rows }: ScoreTableProps) {
  const [sort, setSort] = useState<ScoreSort>({ column: 'handled', direction: 'descending' })
  const sorted = sortScoreboard(rows, sort)
  return (
    <table className="sv-table">
      <caption className="sv-sr-only">Reps today, sortable by each column</caption>
      <thead>
        <tr>
          {COLUMNS.map(({ column, label, numeric }) => (
            <th
              key={column}
              scope="col"
              className={numeric ? 'num' : undefined}
              aria-sort={sort.column === column ? sort.direction : 'none'}
            >
              <button className="sort" onClick={() => setSort(nextSort(sort, column))}>
                {label}
                <span aria-hidden="true" className="sort-mark">
                  {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.staffId}>
            <th scope="row">{r.name}</th>
            <td>{r.role}</td>
            <td className="num">{r.handled}</td>
            <td className="num">{formatDuration(r.avgWaitMs)}</td>
            <td className="num">{formatDuration(r.firstResponseP50Ms)}</td>
            <td className="num">{rating(r)}</td>
            <td className="num">{formatAvailableOfScheduled(r.availableMs, r.scheduledMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function Scoreboard() {
  const { data, error } = usePoll(getScoreboard, SCOREBOARD_POLL_MS)
  return (
    <section className="staff-panel card" aria-labelledby="sv-score-title">
      <h2 id="sv-score-title">Rep scoreboard</h2>
      {error && (
        <p className="staff-error" role="alert">
          {error}
        </p>
      )}
      {data && data.length === 0 && <p className="muted">No staff accounts yet.</p>}
      {data && data.length > 0 && (
        <div className="sv-scroll">
          <ScoreTable rows={data} />
        </div>
      )}
    </section>
  )
}
