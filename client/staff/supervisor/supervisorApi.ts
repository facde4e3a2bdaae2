/**
 * The supervisor's HTTP calls, on the staff `call()` helper (bearer token, `{error}` sentences
 * thrown as the Error's message). Files (CSV, a visitor's export) come as blobs, because the
 * token is a header: a plain link could not carry it.
 */
import type { StationCard, StationCards } from '../../../shared/content'
import type { StationId } from '../../../shared/showroom'
import type {
  Coverage,
  ScoreboardRow,
  Shift,
  StaffMember,
  StaffRole,
  TodayReport,
} from '../../../shared/staffApi'
import { call, staffSession } from '../../net/staffApi'

const json = (method: string, body?: unknown): RequestInit => ({
  method,
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
})
const id = encodeURIComponent

export const getToday = () => call<TodayReport>('/api/supervisor/today')

export const getScoreboard = () =>
  call<{ reps: ScoreboardRow[] }>('/api/supervisor/scoreboard').then((r) => r.reps)

export interface ShiftDay {
  day: string
  minReps: number
  shifts: Shift[]
}
export const getShifts = (day: string) => call<ShiftDay>(`/api/supervisor/shifts?day=${id(day)}`)

export interface NewShift {
  staffId: string
  day: string
  start: string
  end: string
}
export const addShift = (shift: NewShift) =>
  call<{ shift: Shift }>('/api/supervisor/shifts', json('POST', shift)).then((r) => r.shift)

export const deleteShift = (shiftId: string) =>
  call(`/api/supervisor/shifts/${id(shiftId)}`, json('DELETE'))

export const getCoverage = () => call<Coverage>('/api/supervisor/coverage')
export const setMinReps = (minReps: number) =>
  call('/api/supervisor/coverage', json('PUT', { minReps }))

export const listStaff = () => call<{ staff: StaffMember[] }>('/api/staff').then((r) => r.staff)

export interface NewStaff {
  email: string
  name: string
  role: StaffRole
  password: string
}
export const createStaff = (staff: NewStaff) => call('/api/staff', json('POST', staff))
export const deactivateStaff = (staffId: string) =>
  call(`/api/staff/${id(staffId)}/deactivate`, json('POST'))
export const resetPassword = (staffId: string, password: string) =>
  call(`/api/staff/${id(staffId)}/password`, json('POST', { password }))

export const getCards = () =>
  call<{ stations: StationCards }>('/api/content/stations').then((r) => r.stations)
export const saveCard = (stationId: StationId, card: StationCard) =>
  call(`/api/content/stations/${id(stationId)}`, json('PUT', card))

/** A file the server makes (CSV): fetched with the token, then saved under `filename`. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const token = staffSession.token()
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    throw new Error(body.error ?? `The server answered ${res.status}.`)
  }
  saveBlob(await res.blob(), filename)
}

export const downloadHandoffsCsv = () => downloadFile('/api/crm/handoffs.csv', 'handoffs.csv')
export const downloadLeadsCsv = () => downloadFile('/api/crm/leads.csv', 'leads.csv')

/** Everything the CRM holds about one visitor (a subject access request), saved as JSON. */
export async function exportVisitor(visitorId: string): Promise<void> {
  const data = await call<unknown>(`/api/crm/visitors/${id(visitorId)}/export`)
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
  saveBlob(blob, `visitor-${visitorId}.json`)
}

export const eraseVisitor = (visitorId: string) =>
  call(`/api/crm/visitors/${id(visitorId)}`, json('DELETE'))

/** Saves a blob through a temporary object URL (revoked once the browser has taken it). */
function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
