/** *Talk to a person*: asks for a StormPeak person, about a station when given one. */
import type { StationId } from '../../../shared/showroom'
import { sendSummon } from '../../net/send'
import { summonActions, useSummon, type SummonState } from '../../net/summonStore'

export interface TalkButtonProps {
  stationId?: StationId
  /** The station's product name, for the label. */
  about?: string
}

/** While a request is under way the button says where it stands (and cannot ask twice). */
function underWay(s: SummonState): string | undefined {
  if (s.phase === 'sending' || s.phase === 'waiting') return 'Waiting for a person…'
  if (s.phase === 'active') return `Talking to ${s.rep?.name ?? 'StormPeak'}`
  return undefined
}

export function TalkButton({ stationId, about }: TalkButtonProps) {
  const busy = useSummon(underWay)
  const ask = () => {
    summonActions.sending(stationId)
    if (!sendSummon(stationId)) summonActions.refused()
  }
  return (
    <button
      className="primary talk"
      onClick={ask}
      disabled={!!busy}
      aria-label={busy ?? (about ? `Talk to a person about ${about}` : 'Talk to a person')}
    >
      {busy ?? 'Talk to a person'}
    </button>
  )
}
