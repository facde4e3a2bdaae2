/** *Talk to a person*: asks for a StormPeak person, about a station when given one. */
import type { StationId } from '../../../shared/showroom'
import { sendSummon } from '../../net/send'
import { summonActions, useSummon } from '../../net/summonStore'

export interface TalkButtonProps {
  stationId?: StationId
  /** The station's product name, for the label. */
  about?: string
}

export function TalkButton({ stationId, about }: TalkButtonProps) {
  const phase = useSummon((s) => s.phase)
  const busy = phase !== 'idle' && phase !== 'rated' && phase !== 'saved'
  const ask = () => {
    summonActions.sending(stationId)
    if (!sendSummon(stationId)) summonActions.refused()
  }
  return (
    <button
      className="primary talk"
      onClick={ask}
      disabled={busy}
      aria-label={about ? `Talk to a person about ${about}` : 'Talk to a person'}
    >
      {busy ? 'Someone is on the way…' : 'Talk to a person'}
    </button>
  )
}
