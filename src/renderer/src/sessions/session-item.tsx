// One session: who it is, a live countdown, its state (current, refreshing, expired, refresh failures) and the
// actions that state allows, with their feedback.
import { memo, useEffect, useState } from 'react'
import type { RoleView, SessionView } from '../../../shared/views'
import { Countdown } from './countdown'
import type { Thresholds } from '../../../shared/time'
import { ErrorAlert } from '../ui/error-alert'
import { timeOfDay } from '../../../shared/time'
import { useAction } from '../ui/use-action'

// GetCallerIdentity with the new credentials, as the AWS examples do after a switch.
const IDENTITY_CHECK: Record<SessionView['identityCheck'], string> = {
  pending: 'Confirming identity with AWS…',
  confirmed: '✓ AWS confirms this identity',
  failed: '⚠ AWS did not confirm this identity'
}

interface Props {
  session: SessionView
  /** Undefined for the moment a role is removed while its session is still listed. */
  role: RoleView | undefined
  name: string
  thresholds: Thresholds
  /** Opens "More…" for the session; the dialog lives outside the virtualized list, which may unmount this row. */
  onMore(roleId: string): void
}

export const SessionItem = memo(function SessionItem({ session, role, name, thresholds, onMore }: Props) {
  const action = useAction()
  const [copied, setCopied] = useState<{ seconds: number } | null>(null)
  // The message goes away once main has cleared the clipboard, so it never claims a stale copy.
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(null), copied.seconds * 1000)
    return () => clearTimeout(timer)
  }, [copied])
  const roleRef = { roleId: session.roleId }
  const expired = session.status === 'expired'

  function copyExport() {
    void action.run(
      () => window.rolecall.copyExport({ ...roleRef, format: 'bash' }),
      ({ clearsInSeconds }) => setCopied({ seconds: clearsInSeconds })
    )
  }

  return (
    <div className="session" data-status={session.status}>
      <div className="session-header">
        <span className="session-name">
          {name}
          {session.current && (
            <span className="badge current-badge" title="The session the tray, the shortcut and the CLI act on first">
              Current
            </span>
          )}
        </span>
        <Countdown name={name} expiresAt={session.expiresAt} thresholds={thresholds} expired={expired} />
      </div>
      {/* One line each to keep sessions compact; the title shows the whole ARN when it is cut short. */}
      <p className="arn" title={session.assumedRoleArn}>
        Assumed as <code>{session.assumedRoleArn}</code>
      </p>
      <p className="arn" title={session.sourceArn}>
        from <code>{session.sourceArn}</code>
      </p>
      <p className="identity-check" data-check={session.identityCheck}>
        {IDENTITY_CHECK[session.identityCheck]}
      </p>
      {session.note && <p className="session-note">{session.note}</p>}
      {session.refreshedAt !== undefined && (
        <p className="session-meta" title={new Date(session.refreshedAt).toLocaleString()}>
          Refreshed at {timeOfDay(session.refreshedAt)}
        </p>
      )}
      {session.status === 'refreshing' && (
        <p role="status" className="session-meta">
          Refreshing…
        </p>
      )}
      {session.refreshError && <ErrorAlert error={session.refreshError} lead="Refresh failed:" />}
      <div className="session-actions">
        {expired ? (
          // Its credentials are gone, so only assuming again or dismissing it makes sense.
          <>
            <button
              type="button"
              className="primary"
              aria-label={`Assume ${name} again`}
              onClick={() => void action.run(() => window.rolecall.refreshSession(roleRef))}
            >
              Assume again
            </button>
            <button
              type="button"
              aria-label={`Dismiss ${name}`}
              onClick={() => void action.run(() => window.rolecall.endSession(roleRef))}
            >
              Dismiss
            </button>
          </>
        ) : (
          <>
            {session.status === 'live' && !session.current && (
              <button
                type="button"
                aria-label={`Make ${name} current`}
                onClick={() => void action.run(() => window.rolecall.setCurrentSession(roleRef))}
              >
                Make current
              </button>
            )}
            <button type="button" aria-label={`Copy export for ${name}`} onClick={copyExport}>
              Copy export
            </button>
            <button
              type="button"
              aria-label={`Open console for ${name}`}
              onClick={() => void action.run(() => window.rolecall.openConsole(roleRef))}
            >
              Open console
            </button>
            {role && (
              <button type="button" aria-label={`More for ${name}`} title="Other formats, a console service, the credentials file" onClick={() => onMore(session.roleId)}>
                More…
              </button>
            )}
            <button
              type="button"
              className="subtle-danger"
              aria-label={`End session for ${name}`}
              onClick={() => void action.run(() => window.rolecall.endSession(roleRef))}
            >
              End session
            </button>
          </>
        )}
      </div>
      {copied && (
        <p role="status" className="copied">
          Copied export for {name}. Clipboard clears in {copied.seconds} s.
        </p>
      )}
      {action.error && <ErrorAlert error={action.error} />}
    </div>
  )
})
