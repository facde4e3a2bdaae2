/** "Continue on your phone": a QR code for a one-time link that opens the showroom as this visitor. */
import QRCode from 'qrcode'
import { useEffect, useState } from 'react'
import { useShowroom } from '../net/store'
import { kioskActions } from './kioskStore'

export function PhoneHandover({ kioskToken }: { kioskToken: string }) {
  const visitorToken = useShowroom((s) => s.me?.visitorToken)
  const [qr, setQr] = useState<string>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    if (!visitorToken) return
    fetch('/api/kiosk/handover', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${kioskToken}` },
      body: JSON.stringify({ visitorToken }),
    })
      .then(async (res) => {
        if (!res.ok) throw new Error('The link could not be made: try again in a moment.')
        const { url } = (await res.json()) as { url: string }
        setQr(await QRCode.toDataURL(new URL(url, location.origin).href, { width: 360, margin: 1 }))
      })
      .catch((e: Error) => setError(e.message))
  }, [kioskToken, visitorToken])
  return (
    <section className="kiosk-panel card phone" aria-label="Continue on your phone">
      <h2>Continue on your phone</h2>
      {qr ? (
        <img
          src={qr}
          alt="QR code: scan it to continue this visit on your phone"
          width={360}
          height={360}
        />
      ) : (
        <p>{error ?? 'Making your link…'}</p>
      )}
      <p className="muted">Scan with your phone camera. The link works once, for 10 minutes.</p>
      <button className="primary" onClick={() => kioskActions.open(undefined)}>
        Close
      </button>
    </section>
  )
}
