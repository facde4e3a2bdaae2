/**
 * One visitor's data on request: export everything the CRM holds about them (a JSON file), or
 * erase it, after a confirmation (names, contact, notes and transcripts go; anonymous counts
 * stay for the reports).
 */
import { useState, type FormEvent } from 'react'
import { ConfirmDialog } from './ConfirmDialog'
import { ErrorText } from './ErrorText'
import { eraseVisitor, exportVisitor } from './supervisorApi'
import { useAction } from './useAction'

export function VisitorData() {
  const [visitorId, setVisitorId] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [done, setDone] = useState('')
  const exporting = useAction()
  const erasing = useAction()
  const id = visitorId.trim()

  const exportNow = async (e: FormEvent) => {
    e.preventDefault()
    setDone('')
    if (await exporting.run(() => exportVisitor(id))) setDone(`Exported visitor ${id}.`)
  }
  const erase = async () => {
    if (await erasing.run(() => eraseVisitor(id))) {
      setConfirming(false)
      setDone(`Erased visitor ${id}'s personal data.`)
      setVisitorId('')
    }
  }
  return (
    <section className="sv-form" aria-labelledby="sv-visitor-data-title">
      <h3 id="sv-visitor-data-title">One visitor’s data</h3>
      <p className="muted">
        A request to see or erase someone’s data names them: find their visitor id in the handoffs
        or leads CSV (the visitorId column).
      </p>
      <form className="sv-row" onSubmit={exportNow}>
        <label>
          Visitor id
          <input
            value={visitorId}
            required
            spellCheck={false}
            onChange={(e) => {
              setVisitorId(e.target.value)
              setDone('')
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={!id || exporting.busy}>
          Export (JSON)
        </button>
        <button
          type="button"
          className="danger-quiet"
          disabled={!id || erasing.busy}
          onClick={() => {
            erasing.clear()
            setConfirming(true)
          }}
        >
          Erase…
        </button>
      </form>
      <p className="muted" role="status">
        {done}
      </p>
      <ErrorText error={exporting.error} />
      <ConfirmDialog
        open={confirming}
        title="Erase this visitor’s data?"
        confirmLabel="Erase"
        danger
        busy={erasing.busy}
        error={erasing.error}
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Visitor <code>{id}</code>: their name, contact details, notes, comments, conversation text
          and messages are erased for good. Anonymous counts stay in the reports. This cannot be
          undone.
        </p>
      </ConfirmDialog>
    </section>
  )
}
