/**
 * CSV exports for supervisors, to open in a spreadsheet: `GET /api/crm/handoffs.csv` and
 * `GET /api/crm/leads.csv`. A header row, ISO 8601 times, UTF-8 with a byte-order mark (so Excel
 * reads names with accents correctly), and cells that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) get a leading apostrophe: names, topics and
 * outcomes are typed by visitors and staff, and must never execute on a supervisor's machine.
 */
import { stringify } from 'csv-stringify/sync'
import { Router, type Response } from 'express'
import type { LeadRecord, StaffRecord } from '../crm'
import type { Services } from '../services'
import { apiErrors } from './apiErrors'
import { requireStaff, staffOf } from './requireStaff'

/** Everything a season of trade shows produces, with room to spare; the query is one table. */
const MAX_EXPORT_ROWS = 100_000

type Row = Record<string, string | number | null>

function sendCsv(res: Response, filename: string, columns: string[], rows: Row[]): void {
  const csv = stringify(rows, { header: true, columns, bom: true, escape_formulas: true })
  res.setHeader('Content-Type', 'text/csv; charset=utf-8')
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`)
  res.setHeader('Cache-Control', 'no-store')
  res.send(csv)
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

const LEAD_COLUMNS = [
  'id',
  'createdAt',
  'name',
  'company',
  'email',
  'phone',
  'interests',
  'source',
  'takenBy',
  'takenByName',
  'kioskId',
  'visitorId',
  'consentAt',
]

function leadRow(lead: LeadRecord, names: Map<string, string>): Row {
  const takenBy = lead.takenBy ?? null
  return {
    id: lead.id,
    createdAt: iso(lead.createdAt),
    name: lead.name,
    company: lead.company,
    email: lead.email,
    phone: lead.phone,
    interests: lead.interests.join('; '),
    source: takenBy ? 'rep' : 'kiosk',
    takenBy,
    takenByName: takenBy ? (names.get(takenBy) ?? null) : null,
    kioskId: lead.kioskId,
    visitorId: lead.visitorId,
    consentAt: iso(lead.consentAt),
  }
}

const HANDOFF_COLUMNS = [
  'id',
  'requestId',
  'visitorId',
  'repId',
  'repName',
  'status',
  'requestedAt',
  'acceptedAt',
  'endedAt',
  'outcome',
  'rating',
]

const namesOf = (staff: StaffRecord[]) => new Map(staff.map((s) => [s.id, s.name]))

export function exportRoutes(services: Services): Router {
  const supervisor = requireStaff(services, ['supervisor'])
  const store = () => services.store!
  const router = Router()

  router.get('/api/crm/handoffs.csv', supervisor, async (_req, res) => {
    const [handoffs, staff] = await Promise.all([
      store().listHandoffs({ limit: MAX_EXPORT_ROWS }),
      store().listStaff(),
    ])
    const names = namesOf(staff)
    const rows = handoffs.map((h) => ({
      ...h,
      repName: h.repId ? (names.get(h.repId) ?? null) : null,
    }))
    services.logger.info('handoffs exported', { rows: rows.length, by: staffOf(res).id })
    sendCsv(res, 'handoffs.csv', HANDOFF_COLUMNS, rows)
  })

  router.get('/api/crm/leads.csv', supervisor, async (_req, res) => {
    const [leads, staff] = await Promise.all([store().listLeads(), store().listStaff()])
    const names = namesOf(staff)
    services.logger.info('leads exported', { rows: leads.length, by: staffOf(res).id })
    sendCsv(
      res,
      'leads.csv',
      LEAD_COLUMNS,
      leads.map((l) => leadRow(l, names)),
    )
  })

  router.use(apiErrors(services.logger))
  return router
}
