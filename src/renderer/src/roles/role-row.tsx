// One role: its account colour, name and badges, where it comes from, and its Favourite / Auto-refresh / Assume /
// Edit / Remove buttons.
import type { RoleActivity, RoleView } from '../../../shared/views'
import { ErrorAlert } from '../ui/error-alert'
import { Icon } from '../ui/icon'
import { useAction } from '../ui/use-action'

export interface RoleActions {
  onAssume(role: RoleView): void
  onEdit(role: RoleView): void
  onRemove(role: RoleView): void
}

interface Props extends RoleActions {
  role: RoleView
  /** Main's record of the latest attempt, and the renderer's own from the click until main's arrives. */
  activity: RoleActivity | undefined
  local: RoleActivity | undefined
  colour: string
  /** The account's alias, or its ID when it has none. */
  accountName: string
  configFile: string
}

export function RoleRow({ role, activity, local, colour, accountName, configFile, onAssume, onEdit, onRemove }: Props) {
  const favourite = useAction()
  const autoRefresh = useAction()
  const busy = local?.busy === true || activity?.busy === true
  const error = activity?.error ?? local?.error

  return (
    // The colour is the account's, so roles of one account read as one block wherever they are listed.
    <div className="role-row" style={{ borderLeftColor: colour }}>
      <div className="role-main">
        <span className="role-name">{role.displayName}</span>
        <span className="role-meta" title={role.roleArn}>
          {role.profile && <>profile: {role.profile} · </>}
          <span className="account">{accountName}</span> · <span>{role.roleName}</span>
        </span>
        {/* A line of their own, so the badges never squeeze the name out of a narrow window. */}
        {(role.mfaSerial || role.chained) && (
          <span className="role-badges">
            {role.mfaSerial && (
              <span className="badge" title={`MFA device ${role.mfaSerial}`}>
                MFA
              </span>
            )}
            {role.chained && (
              <span className="badge" title="Its source is itself a role, and AWS caps such sessions at one hour.">
                chained (1 h max)
              </span>
            )}
          </span>
        )}
      </div>
      <div className="role-actions">
        <button
          type="button"
          className="icon-button favourite"
          aria-label={`Favourite ${role.displayName}`}
          aria-pressed={role.favourite}
          aria-disabled={favourite.pending}
          title={role.favourite ? 'Unpin from Favourites' : 'Pin to Favourites'}
          onClick={() => void favourite.run(() => window.rolecall.setFavourite({ roleId: role.id, favourite: !role.favourite }))}
        >
          <Icon name="star" filled={role.favourite} />
        </button>
        <button
          type="button"
          className="icon-button auto-refresh"
          aria-label={`Auto-refresh ${role.displayName}`}
          aria-pressed={role.autoRefresh}
          aria-disabled={autoRefresh.pending}
          title="Assume again automatically before it expires"
          onClick={() => void autoRefresh.run(() => window.rolecall.setAutoRefresh({ roleId: role.id, enabled: !role.autoRefresh }))}
        >
          <Icon name="refresh" />
        </button>
        <button
          type="button"
          className="primary"
          aria-label={`Assume ${role.displayName}`}
          disabled={busy || role.problem !== undefined}
          onClick={() => onAssume(role)}
        >
          {busy ? 'Assuming…' : 'Assume'}
        </button>
        {role.origin === 'config' ? (
          // Config profiles are edited in the AWS config file, where the CLI and SDKs read them too.
          <span className="role-origin" title={`Defined in ${configFile}`}>
            AWS config
          </span>
        ) : (
          <>
            {/* Icons keep Edit and Remove narrow so the name column gets the width; the title is the visible hint. */}
            <button
              type="button"
              className="icon-button"
              aria-label={`Edit ${role.displayName}`}
              title="Edit"
              onClick={() => onEdit(role)}
            >
              <Icon name="edit" />
            </button>
            <button
              type="button"
              className="icon-button subtle-danger"
              aria-label={`Remove ${role.displayName}`}
              title="Remove"
              onClick={() => onRemove(role)}
            >
              <Icon name="remove" />
            </button>
          </>
        )}
      </div>
      {role.problem && (
        <p role="alert" className="error">
          Profile problem: {role.problem}
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      {favourite.error && <ErrorAlert error={favourite.error} />}
      {autoRefresh.error && <ErrorAlert error={autoRefresh.error} />}
    </div>
  )
}
