/** Asks for a display name and an avatar colour before entering. No account, no email. */
import { useState, type FormEvent } from 'react'
import { NAME_MAX_CHARS } from '../../shared/protocolNames'
import { VISITOR_COLORS } from '../../shared/showroom'

/** What a screen reader says for each swatch (VISITOR_COLORS order), instead of a hex code. */
const COLOUR_NAMES: Record<string, string> = {
  '#3a86ff': 'Blue',
  '#2ec4b6': 'Teal',
  '#8338ec': 'Violet',
  '#e63946': 'Red',
  '#06a77d': 'Green',
  '#f4a261': 'Apricot',
  '#ff006e': 'Pink',
  '#8d99ae': 'Grey',
}

export interface Entry {
  name: string
  color?: string
}

export function NamePrompt({ onEnter }: { onEnter: (entry: Entry) => void }) {
  const [name, setName] = useState('')
  const [color, setColor] = useState<string>(VISITOR_COLORS[0])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const trimmed = name.trim()
    if (trimmed) onEnter({ name: trimmed, color })
  }
  return (
    <main className="welcome">
      <form className="card welcome-card" onSubmit={submit}>
        <p className="brand">StormPeak</p>
        <h1>Welcome to the robot showroom</h1>
        <p className="muted">
          Walk around, try the robots, and talk to a real person whenever you like.
        </p>
        <label htmlFor="name">Your name</label>
        <input
          id="name"
          autoFocus
          maxLength={NAME_MAX_CHARS}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="How should we call you?"
          autoComplete="nickname"
        />
        <fieldset className="swatches">
          <legend>Your colour</legend>
          {VISITOR_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              className="swatch"
              style={{ background: c }}
              aria-label={COLOUR_NAMES[c] ?? `Colour ${c}`}
              aria-pressed={c === color}
              onClick={() => setColor(c)}
            />
          ))}
        </fieldset>
        <button className="primary" type="submit" disabled={!name.trim()}>
          Enter the showroom
        </button>
      </form>
    </main>
  )
}
