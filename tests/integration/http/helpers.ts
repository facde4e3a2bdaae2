/** Shared by the HTTP route tests: staff accounts in the real store and small fetch helpers. */
import { hashPassword } from '../../../server/auth'
import type { StaffRole } from '../../../server/crm'
import type { CrmServer } from '../../support/crmServer'

export const PASSWORD = 'correct horse battery staple'

export async function addStaff(srv: CrmServer, email: string, role: StaffRole, name = email) {
  const store = srv.running.services.store!
  return store.createStaff({ email, name, role, passwordHash: await hashPassword(PASSWORD), at: 0 })
}

export function login(srv: CrmServer, body: unknown, raw = false) {
  return fetch(`${srv.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ? (body as string) : JSON.stringify(body),
  })
}

export async function tokenFor(srv: CrmServer, email: string): Promise<string> {
  const res = await login(srv, { email, password: PASSWORD })
  if (res.status !== 200) throw new Error(`login for ${email} answered ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

export function api(srv: CrmServer, path: string, token?: string, method = 'GET') {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
  return fetch(`${srv.url}${path}`, { method, headers })
}

export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/
