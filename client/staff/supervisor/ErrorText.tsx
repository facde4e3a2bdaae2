/** The server's sentence, next to the control that caused it (announced to screen readers). */
export function ErrorText({ error, id }: { error: string | undefined; id?: string }) {
  if (!error) return null
  return (
    <p className="staff-error sv-error" role="alert" id={id}>
      {error}
    </p>
  )
}
