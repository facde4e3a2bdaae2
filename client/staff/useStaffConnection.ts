/**
 * Joins the showroom as staff (the role comes from the login token) once, when the console or the
 * dashboard mounts: the queue, the conversation and the live floor all come over this connection.
 */
import { useEffect } from 'react'
import { connect } from '../net/connection'
import { staffSession } from '../net/staffApi'

export function useStaffConnection(): void {
  useEffect(() => {
    // A failure is shown by the connection status pill (the store has it): nothing to throw here.
    connect({ staffToken: staffSession.token() ?? undefined }).catch(() => undefined)
  }, [])
}
