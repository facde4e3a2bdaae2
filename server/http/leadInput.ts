/**
 * A lead as both doors take it (the kiosk's form, `POST /api/kiosk/leads`, and the rep's form in a
 * conversation, `POST /api/crm/leads`): the same fields and rules, and the same way of keeping it:
 * stored once per idempotency key, then saved as the visitor's contact (consent is required).
 */
import { z } from 'zod'
import { STATIONS } from '../../shared/showroom'
import type { CrmStore } from '../crm/store'
import type { LeadRecord } from '../crm/types'

const stationIds = STATIONS.map((s) => s.id) as [string, ...string[]]

/** The fields of a lead body; each door adds who the visitor is in its own way. */
export const leadFields = {
  /** The idempotency key, made once per form. */
  id: z.uuid(),
  name: z.string().trim().min(1).max(80),
  company: z.string().trim().max(120).optional(),
  email: z.email().max(200).optional(),
  phone: z
    .string()
    .regex(/^[+0-9 ()./-]{6,24}$/)
    .optional(),
  interests: z.array(z.enum(stationIds)).max(stationIds.length),
  consent: z.literal(true),
}

/** A lead nobody can answer is refused. */
export const hasContact = (l: { email?: string; phone?: string }) => Boolean(l.email || l.phone)
export const CONTACT_NEEDED = 'an email or a phone number'

/** The 400 answer's sentence for a body that failed its schema. */
export function leadProblem(error: z.ZodError): string {
  return `Invalid lead: ${error.issues[0]?.message ?? 'check the fields'}.`
}

export interface LeadIntake {
  id: string
  visitorId: string | null
  kioskId: string | null
  /** The rep who took it in a conversation; null for a kiosk's. */
  takenBy: string | null
  name: string
  company?: string
  email?: string
  phone?: string
  interests: string[]
  at: number
}

/**
 * Committed before it resolves. A repeated id stores nothing and leaves the contact alone
 * (`created: false`): the first answer may simply have been lost on the way back.
 */
export async function keepLead(store: CrmStore, lead: LeadIntake): Promise<{ created: boolean }> {
  const { at, company, email, phone, ...rest } = lead
  const record: LeadRecord = {
    ...rest,
    company: company ?? null,
    email: email ?? null,
    phone: phone ?? null,
    consentAt: at,
    createdAt: at,
  }
  const { created } = await store.saveLead(record)
  if (created && lead.visitorId) {
    await store.saveContact(lead.visitorId, { email, phone, company, consentAt: at })
  }
  return { created }
}
