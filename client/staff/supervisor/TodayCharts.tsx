/**
 * Today's charts (recharts, in the supervisor's chunk only): summons, answered and missed per hour,
 * and the busiest stations by dwell. Animations are off: the data refreshes every few seconds and
 * bars that regrow each time would only distract.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { STATIONS } from '../../../shared/showroom'
import type { TodayReport } from '../../../shared/staffApi'
import { formatDuration, hourLabel } from './format'

// Brand colours (client/ui/styles.css): slate for the asked, orange for what was missed.
const COLOR = { summons: '#8d99ae', answered: '#2b3a55', missed: '#ff7a1a', dwell: '#3a86ff' }
const CHART_HEIGHT_PX = 220

const stationName = (id: string) => STATIONS.find((s) => s.id === id)?.name ?? id

export function TodayCharts({ report }: { report: TodayReport }) {
  const hourly = report.hourly.map((h) => ({ ...h, label: hourLabel(h.hour) }))
  const stations = report.stations.map((s) => ({
    name: stationName(s.stationId),
    minutes: Math.round(s.dwellMs / 60_000),
    dwellMs: s.dwellMs,
    visits: s.visits,
  }))
  return (
    <div className="sv-charts">
      <figure>
        <figcaption>Summons, answered and missed per hour</figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
          <BarChart data={hourly} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} width={32} />
            <Tooltip />
            <Legend itemSorter={null} />
            <Bar dataKey="summons" name="Summons" fill={COLOR.summons} isAnimationActive={false} />
            <Bar
              dataKey="answered"
              name="Answered"
              fill={COLOR.answered}
              isAnimationActive={false}
            />
            <Bar dataKey="missed" name="Missed" fill={COLOR.missed} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>Busiest stations by time spent (minutes)</figcaption>
        {stations.length === 0 ? (
          <p className="muted">No station visits yet today.</p>
        ) : (
          <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX}>
            <BarChart data={stations} layout="vertical" accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={70} />
              <Tooltip
                formatter={(_value, _name, item) => [
                  `${formatDuration(item.payload.dwellMs)} over ${item.payload.visits} visits`,
                  'Time spent',
                ]}
              />
              <Bar dataKey="minutes" name="Minutes" fill={COLOR.dwell} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </figure>
    </div>
  )
}
