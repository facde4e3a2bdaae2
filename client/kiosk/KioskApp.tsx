/** The trade-show kiosk (issue: Kiosk mode). Lazy-loaded at /kiosk. */
export default function KioskApp() {
  return (
    <main className="panel-page">
      <h1>StormPeak kiosk</h1>
      <p>This kiosk is not registered yet: a supervisor creates its link.</p>
    </main>
  )
}
