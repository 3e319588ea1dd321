// One saved role: its name, account and role name, and the Assume / Edit / Remove buttons.
import type { RoleActivity, RoleView } from '../../shared/views'
import { ErrorAlert } from './ErrorAlert'
import { Icon } from './Icon'
import { useAction } from './useAction'

interface Props {
  role: RoleView
  activity: RoleActivity | undefined
  onEdit(role: RoleView): void
  onRemove(role: RoleView): void
}

export function RoleRow({ role, activity, onEdit, onRemove }: Props) {
  const assume = useAction()
  // Main tracks the attempt in activity (so it survives this row scrolling out of view); the local
  // state only covers the moment before main's push arrives and a call that fails before main records it.
  const busy = assume.pending || activity?.busy === true
  const error = activity?.error ?? assume.error

  return (
    <div className="role-row">
      <div className="role-main">
        <span className="role-name">{role.displayName}</span>
        <span className="role-meta" title={role.roleArn}>
          <span className="account">{role.accountId}</span> · <span>{role.roleName}</span>
        </span>
      </div>
      <div className="role-actions">
        <button
          type="button"
          className="primary"
          aria-label={`Assume ${role.displayName}`}
          disabled={busy}
          onClick={() => void assume.run(() => window.rolecall.assumeRole({ roleId: role.id }))}
        >
          {busy ? 'Assuming…' : 'Assume'}
        </button>
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
      </div>
      {error && <ErrorAlert error={error} />}
    </div>
  )
}
