/** Staff sign-in: email and password; the server answers 401 or 429 with a reason we show. */
import { useState, type FormEvent } from 'react'
import { signIn, type StaffAccount } from '../net/staffApi'

export function SignIn({ onSignedIn }: { onSignedIn: (a: StaffAccount) => void }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      onSignedIn(await signIn(email.trim(), password))
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <main className="welcome">
      <form className="welcome-card card" onSubmit={submit} aria-label="Staff sign-in">
        <p className="brand">StormPeak</p>
        <h1>Staff sign-in</h1>
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="staff-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  )
}
