/**
 * Between visitors: everything personal leaves the screen and the browser (chat, forms, name,
 * conversation, storage), the room is left and joined again as a new visitor, and the attract
 * loop returns. The CRM keeps the record. Kept: the kiosk's own token, and leads still waiting
 * to be sent (leadOutbox.ts), which leave as soon as the server has them.
 */
import { leaveRoom } from '../net/connection'
import { sendCancelSummon } from '../net/send'
import { summonActions, useSummon } from '../net/summonStore'
import { stopTour } from '../scene/tour/tour'
import { useView } from '../scene/viewStore'
import { kioskActions } from './kioskStore'

export const KIOSK_TOKEN_KEY = 'stormpeak.kioskToken'

export async function resetKiosk(): Promise<void> {
  const phase = useSummon.getState().phase
  if (phase === 'waiting' || phase === 'sending' || phase === 'offered') sendCancelSummon()
  stopTour()
  summonActions.dismiss()
  kioskActions.reset()
  useView.setState({ pickedStation: undefined, dismissedStation: undefined, tour: undefined })
  sessionStorage.clear()
  for (const key of Object.keys(localStorage))
    if (key !== KIOSK_TOKEN_KEY) localStorage.removeItem(key)
  await leaveRoom() // keepKioskOnline joins again, as a new visitor
}
