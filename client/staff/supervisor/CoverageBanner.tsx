/**
 * Right now against the minimum: a calm status line when covered, an alert naming who is
 * scheduled but not available when it is not. The dashboard polls; this only words it.
 */
import type { Coverage } from '../../../shared/staffApi'
import { coverageText } from './coverageText'

export interface CoverageBannerProps {
  coverage: Coverage | undefined
  error: string | undefined
}

export function CoverageBanner({ coverage, error }: CoverageBannerProps) {
  if (!coverage) {
    return (
      <div className="sv-coverage" role="status">
        {error ? `Coverage unknown: ${error}` : 'Checking coverage…'}
      </div>
    )
  }
  const text = coverageText(coverage)
  return (
    <div
      className={`sv-coverage ${text.level}`}
      role={text.level === 'alert' ? 'alert' : 'status'}
      aria-live={text.level === 'alert' ? 'assertive' : 'polite'}
    >
      <strong>{text.headline}</strong>
      {text.detail && <span> {text.detail}</span>}
      {error && <span className="muted"> (last check failed: {error})</span>}
    </div>
  )
}
