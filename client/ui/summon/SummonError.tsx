/** The server's refusal of the step the open summon card just tried, said where the visitor looks. */
import { useSummon } from '../../net/summonStore'

export function SummonError() {
  const error = useSummon((s) => s.error)
  if (!error) return null
  return (
    <p className="summon-error" role="alert">
      {error.message}
    </p>
  )
}
