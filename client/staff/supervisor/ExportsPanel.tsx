/** Getting data out: CSV of handoffs and leads, and one visitor's data (export or erase). */
import { CsvExports } from './CsvExports'
import { VisitorData } from './VisitorData'

export function ExportsPanel() {
  return (
    <section className="staff-panel card" aria-labelledby="sv-exports-title">
      <h2 id="sv-exports-title">Exports and data requests</h2>
      <CsvExports />
      <VisitorData />
    </section>
  )
}
