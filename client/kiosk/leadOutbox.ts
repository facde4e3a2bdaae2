/**
 * Leads typed at the kiosk are never lost: each is written to IndexedDB first, then sent; it
 * leaves IndexedDB only when the server has saved it. A lead sent twice (a retry after a lost
 * answer) is stored once, by its idempotency key. Retries run every few seconds and when the
 * browser comes back online. Pending leads survive the reset between visitors on purpose: they
 * are the visitors' own request to be contacted, and the outbox is emptied as soon as it is sent.
 */
const DB = 'stormpeak-kiosk'
const STORE = 'outbox'
const RETRY_MS = 4000

export interface Lead {
  id: string
  visitorToken?: string
  name: string
  company?: string
  email?: string
  phone?: string
  interests: string[]
  consent: true
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' })
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

async function tx<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = run(db.transaction(STORE, mode).objectStore(STORE))
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
  } finally {
    db.close()
  }
}

export const pendingLeads = () => tx<Lead[]>('readonly', (s) => s.getAll() as IDBRequest<Lead[]>)

/** Sends what is pending; resolves with the ids the server confirmed. */
export async function flushLeads(kioskToken: string): Promise<string[]> {
  const sent: string[] = []
  for (const lead of await pendingLeads()) {
    let res: Response
    try {
      res = await fetch('/api/kiosk/leads', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${kioskToken}` },
        body: JSON.stringify(lead),
      })
    } catch {
      return sent // offline: everything stays for the next try
    }
    // Saved (201), or saved before (200); a 400 would never succeed, so it is not retried forever.
    if (res.ok || res.status === 400) {
      await tx('readwrite', (s) => s.delete(lead.id))
      if (res.ok) sent.push(lead.id)
    }
  }
  return sent
}

/** Keeps the lead, then tries to send it at once; true when the server already has it. */
export async function submitLead(kioskToken: string, lead: Lead): Promise<boolean> {
  await tx('readwrite', (s) => s.put(lead))
  return (await flushLeads(kioskToken)).includes(lead.id)
}

/** Retries in the background for as long as the kiosk runs. */
export function startOutbox(kioskToken: string): () => void {
  const flush = () => void flushLeads(kioskToken).catch(() => undefined)
  const timer = setInterval(flush, RETRY_MS)
  window.addEventListener('online', flush)
  flush()
  return () => {
    clearInterval(timer)
    window.removeEventListener('online', flush)
  }
}
