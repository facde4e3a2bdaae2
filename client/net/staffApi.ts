/** Staff HTTP: sign-in and tickets. The token lives in sessionStorage: gone when the tab closes. */
const TOKEN_KEY = 'stormpeak.staffToken'

export interface StaffAccount {
  id: string
  name: string
  role: 'rep' | 'supervisor'
}

export interface Ticket {
  id: string
  kind: 'message' | 'callback'
  name: string
  email: string | null
  phone: string | null
  text: string
  createdAt: string
  dueAt: string
  replies: { staffId: string; text: string; at: string }[]
}

export const staffSession = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  signOut: () => sessionStorage.removeItem(TOKEN_KEY),
}

export async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = staffSession.token()
  const res = await fetch(path, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  })
  const body = (await res.json().catch(() => ({}))) as { error?: string }
  if (!res.ok) throw new Error(body.error ?? `The server answered ${res.status}.`)
  return body as T
}

export async function signIn(email: string, password: string): Promise<StaffAccount> {
  const { token, staff } = await call<{ token: string; staff: StaffAccount }>('/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  })
  sessionStorage.setItem(TOKEN_KEY, token)
  return staff
}

export const me = () => call<{ staff: StaffAccount }>('/api/auth/me').then((r) => r.staff)

export const listTickets = () =>
  call<{ tickets: Ticket[] }>('/api/crm/tickets').then((r) => r.tickets)

export const replyTicket = (id: string, text: string) =>
  call(`/api/crm/tickets/${encodeURIComponent(id)}/reply`, {
    method: 'POST',
    body: JSON.stringify({ text }),
  })

export const resolveTicket = (id: string) =>
  call(`/api/crm/tickets/${encodeURIComponent(id)}/resolve`, { method: 'POST' })
