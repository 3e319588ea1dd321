// Shows an ErrorView the same way everywhere: title, then (code), then detail, announced as an alert.
import type { ErrorView } from '../../../shared/views'

interface Props {
  error: ErrorView
  /** Says what failed when the error's own title does not, e.g. "Refresh failed:". */
  lead?: string
}

export function ErrorAlert({ error, lead }: Props) {
  return (
    <div role="alert" className="error">
      <strong>
        {lead && `${lead} `}
        {error.title}
      </strong>{' '}
      <span className="error-code">({error.code})</span> <span className="error-detail">{error.detail}</span>
    </div>
  )
}
