/** What a rep asks over HTTP during a conversation: the visitor's profile, and saving a lead. */
import type { RepLeadInput, VisitorProfile } from '../../shared/staffApi'
import { call } from './staffApi'

export const getVisitorProfile = (visitorId: string) =>
  call<VisitorProfile>(`/api/crm/visitors/${encodeURIComponent(visitorId)}/profile`)

/** Idempotent by `lead.id`: sending the same lead again (after a lost answer) stores it once. */
export const saveRepLead = (lead: RepLeadInput) =>
  call<unknown>('/api/crm/leads', { method: 'POST', body: JSON.stringify(lead) })
