/** The one card of the summon workflow that fits where the visitor's request stands. */
import { useSummon } from '../../net/summonStore'
import { CallbackForm } from './CallbackForm'
import { ConversationCard } from './ConversationCard'
import { RatingCard } from './RatingCard'
import { WaitingCard } from './WaitingCard'

export function SummonPanel({ name }: { name?: string }) {
  const phase = useSummon((s) => s.phase)
  switch (phase) {
    case 'sending':
    case 'waiting':
      return <WaitingCard />
    case 'active':
      return <ConversationCard />
    case 'ended':
    case 'rated':
      return <RatingCard />
    case 'offered':
    case 'saved':
      return <CallbackForm defaultName={name} />
    default:
      return null
  }
}
