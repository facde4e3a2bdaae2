/** Creates a staff account in a test server's store and signs it a login token. */
import { hashPassword, signStaffToken } from '../../server/auth'
import type { CrmServer } from './crmServer'

export interface TestStaff {
  id: string
  name: string
  role: 'rep' | 'supervisor'
  token: string
  password: string
}

let seq = 0

export async function createStaff(
  srv: CrmServer,
  role: 'rep' | 'supervisor',
  name = role === 'rep' ? `Rep ${++seq}` : `Supervisor ${++seq}`,
): Promise<TestStaff> {
  const { store, secret } = srv.running.services
  const password = `pw-${name}-${seq}`
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${seq}@stormpeak.test`
  const account = await store!.createStaff({
    email,
    name,
    role,
    passwordHash: await hashPassword(password),
    at: Date.now(),
  })
  const token = await signStaffToken(secret!, { staffId: account.id, role, name }, Date.now())
  return { id: account.id, name, role, token, password }
}

/** Joins the showroom as that staff member, the way a third-party client would. */
export async function joinAsStaff(srv: CrmServer, staff: TestStaff) {
  const client = srv.client()
  client.auth.token = staff.token
  return client.joinOrCreate('showroom', {})
}
