/** The staff console (issue: Staff console and supervisor dashboard). Lazy-loaded at /staff. */
export default function StaffApp() {
  return (
    <main className="panel-page">
      <h1>StormPeak staff</h1>
      <p>The staff console is being built. Visitors can already walk the showroom.</p>
    </main>
  )
}
