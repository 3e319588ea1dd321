// Shows an ErrorView the same way everywhere: title, then (code), then detail, announced as an alert.
import type { ErrorView } from '../../shared/views'

export function ErrorAlert({ error }: { error: ErrorView }) {
  return (
    <div role="alert" className="error">
      <strong>{error.title}</strong> <span className="error-code">({error.code})</span>{' '}
      <span className="error-detail">{error.detail}</span>
    </div>
  )
}
