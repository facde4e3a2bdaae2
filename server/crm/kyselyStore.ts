/**
 * The CrmStore over Kysely: one implementation for both databases, because the queries are the
 * same and only the connection differs (sqlite.ts, postgres.ts). Each area lives in its own module.
 */
import type { Kysely } from 'kysely'
import * as content from './content'
import * as conversation from './conversation'
import * as handoffs from './handoffs'
import * as kiosks from './kiosks'
import * as leads from './leads'
import * as privacy from './privacy'
import * as reports from './reports'
import type { Database } from './schema'
import * as shifts from './shifts'
import * as staff from './staff'
import type { CrmStore } from './store'
import * as tickets from './tickets'
import * as visitors from './visitors'
import { visitorHistory } from './visitorHistory'
import * as visits from './visits'

export function kyselyStore(db: Kysely<Database>, dialect: CrmStore['dialect']): CrmStore {
  return {
    dialect,

    upsertVisitor: (input) => visitors.upsertVisitor(db, input),
    getVisitor: (id) => visitors.getVisitor(db, id),
    saveContact: (id, contact) => visitors.saveContact(db, id, contact),
    visitorHistory: (id) => visitorHistory(db, id),

    startVisit: (input) => visits.startVisit(db, input),
    endVisit: (id, at) => visits.endVisit(db, id, at),
    recordDwell: (dwell) => visits.recordDwell(db, dwell),
    writeObservations: (batch) => visits.writeObservations(db, batch),
    listVisits: (options) => visits.listVisits(db, options?.limit),

    createRequest: (input) => handoffs.createRequest(db, input),
    getHandoff: (id) => handoffs.getBy(db, 'id', id),
    getRequest: (requestId) => handoffs.getBy(db, 'requestId', requestId),
    listWaiting: () => handoffs.listWaiting(db),
    acceptRequest: (requestId, repId, at) => handoffs.acceptRequest(db, requestId, repId, at),
    cancelRequest: (requestId, at) => handoffs.closeWaiting(db, requestId, 'cancelled', at),
    markMissed: (requestId, at) => handoffs.closeWaiting(db, requestId, 'missed', at),
    endHandoff: (id, outcome, notes, at) => handoffs.endHandoff(db, id, outcome, notes, at),
    rateHandoff: (id, score, comment, at) => handoffs.rateHandoff(db, id, score, comment, at),
    reconcileOnStart: (now) => handoffs.reconcileOnStart(db, now),

    appendTranscript: (line) => conversation.appendTranscript(db, line),
    getTranscript: (id) => conversation.getTranscript(db, id),
    listHandoffs: (options) => conversation.listHandoffs(db, options?.limit),
    recentHandlingTimes: (options) => conversation.recentHandlingTimes(db, options?.limit),

    saveLead: (lead) => leads.saveLead(db, lead),
    listLeads: () => leads.listLeads(db),
    createHandover: (input) => leads.createHandover(db, input),
    redeemHandover: (code, at) => leads.redeemHandover(db, code, at),
    createKiosk: (input) => kiosks.createKiosk(db, input),
    getKiosk: (id) => kiosks.getKiosk(db, id),
    listKiosks: () => kiosks.listKiosks(db),
    revokeKiosk: (id, at) => kiosks.revokeKiosk(db, id, at),
    createTicket: (input) => tickets.createTicket(db, input),
    getTicket: (id) => tickets.getTicket(db, id),
    listTickets: (options) => tickets.listTickets(db, options?.status),
    replyTicket: (id, reply) => tickets.replyTicket(db, id, reply),
    resolveTicket: (id, staffId, at) => tickets.resolveTicket(db, id, staffId, at),

    createStaff: (input) => staff.createStaff(db, input),
    listStaff: () => staff.listStaff(db),
    getStaff: (id) => staff.getStaff(db, id),
    getStaffByEmail: (email) => staff.getStaffByEmail(db, email),
    deactivateStaff: (id) => staff.updateStaff(db, id, { active: 0 }),
    setStaffPassword: (id, hash) => staff.updateStaff(db, id, { passwordHash: hash }),
    appendStaffStatus: (id, state, at) => visits.appendStaffStatus(db, id, state, at),
    listStaffStatus: (options) => staff.listStaffStatus(db, options),

    exportVisitor: (id, now) => privacy.exportVisitor(db, id, now),
    eraseVisitor: (id) => privacy.eraseVisitor(db, id),

    saveStationCard: (input) => content.saveStationCard(db, input),
    listStationCards: () => content.listStationCards(db),

    createShift: (input) => shifts.createShift(db, input),
    listShifts: (options) => shifts.listShifts(db, options),
    deleteShift: (id) => shifts.deleteShift(db, id),
    getSetting: (key) => shifts.getSetting(db, key),
    setSetting: (key, value) => shifts.setSetting(db, key, value),
    activitySince: (since) => reports.activitySince(db, since),
    staffStatusAt: (at) => reports.staffStatusAt(db, at),

    close: () => db.destroy(),
  }
}
