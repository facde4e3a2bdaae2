/** Shown when a chat line nears CHAT_MAX_CHARS, so the limit is never a silent cut. */
import { CHAT_MAX_CHARS } from '../../shared/protocolNames'

/** Start counting down this many characters before the limit. */
const WARN_WITHIN = 60

export function CharsLeft({ text, max = CHAT_MAX_CHARS }: { text: string; max?: number }) {
  const left = max - text.length
  if (left > WARN_WITHIN) return null
  return (
    <p className="chars-left muted" role="status">
      {left > 0 ? `${left} characters left` : `That is the limit: ${max} characters per message.`}
    </p>
  )
}
