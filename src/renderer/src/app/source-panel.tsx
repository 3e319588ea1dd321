// Who Rolecall is signed in as (the source identity for AssumeRole), or how to fix it when there is none.
import { useId } from 'react'
import type { AppState, SourceView } from '../../../shared/views'
import { ErrorAlert } from '../ui/error-alert'
import { timeOfDay } from '../../../shared/time'
import { useAction } from '../ui/use-action'

interface Props {
  source: SourceView
  mfaSessions: AppState['mfaSessions']
}

export function SourcePanel({ source, mfaSessions }: Props) {
  const refresh = useAction()
  const titleId = useId()

  if (source.status === 'checking') {
    return (
      <p role="status" className="source">
        Checking AWS credentials…
      </p>
    )
  }
  if (source.status === 'ok') {
    return (
      <div className="source">
        <p>
          Signed in as <code>{source.arn ?? source.accountId}</code>
        </p>
        <p>Profile: {source.profile}</p>
        {/* While one lasts, switches to MFA roles need no code; the full date is in the title for sessions past midnight. */}
        {mfaSessions.map((session) => (
          <p key={`${session.source} ${session.mfaSerial}`} title={new Date(session.expiresAt).toLocaleString()}>
            MFA session for {session.source} until{' '}
            {timeOfDay(session.expiresAt)}
          </p>
        ))}
      </div>
    )
  }

  const checkAgain = (
    <button type="button" aria-disabled={refresh.pending} onClick={() => void refresh.run(() => window.rolecall.refreshSource())}>
      Check again
    </button>
  )
  if (source.status === 'none') {
    return (
      <section className="panel" aria-labelledby={titleId}>
        <h2 id={titleId}>No AWS credentials found</h2>
        <p>
          Rolecall looked for profile <code>{source.profile}</code> and found nothing to assume roles with. To fix it, do
          one of these, then check again:
        </p>
        <ul className="fixes">
          <li>
            Run <code>aws configure</code> to store access keys.
          </li>
          <li>
            Run <code>aws sso login</code> if you use IAM Identity Center.
          </li>
          <li>
            Set <code>AWS_PROFILE</code> before starting Rolecall.
          </li>
          <li>Choose a source profile in Settings.</li>
        </ul>
        {refresh.error && <ErrorAlert error={refresh.error} />}
        {checkAgain}
      </section>
    )
  }
  return (
    <section className="panel" aria-label="AWS credentials problem">
      <ErrorAlert
        error={source.error ?? { code: 'SourceError', title: 'AWS credentials could not be checked', detail: '' }}
      />
      {refresh.error && <ErrorAlert error={refresh.error} />}
      {checkAgain}
    </section>
  )
}
