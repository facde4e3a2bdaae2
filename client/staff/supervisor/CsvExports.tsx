/** Downloads of the CRM's handoffs and leads as CSV (fetched with the staff token). */
import { ErrorText } from './ErrorText'
import { downloadHandoffsCsv, downloadLeadsCsv } from './supervisorApi'
import { useAction } from './useAction'

function CsvButton({ label, download }: { label: string; download: () => Promise<void> }) {
  const action = useAction()
  return (
    <div>
      <button className="primary" disabled={action.busy} onClick={() => void action.run(download)}>
        {action.busy ? 'Preparing…' : label}
      </button>
      <ErrorText error={action.error} />
    </div>
  )
}

export function CsvExports() {
  return (
    <section className="sv-form" aria-labelledby="sv-csv-title">
      <h3 id="sv-csv-title">CSV for spreadsheets</h3>
      <div className="sv-row">
        <CsvButton label="Download handoffs (CSV)" download={downloadHandoffsCsv} />
        <CsvButton label="Download leads (CSV)" download={downloadLeadsCsv} />
      </div>
    </section>
  )
}
