// Asks before removing a role, in-app rather than window.confirm, and removes it through main.
import type { RoleView } from '../../../shared/views'
import { DialogActions } from '../ui/dialog-actions'
import { ErrorAlert } from '../ui/error-alert'
import { Modal } from '../ui/modal'
import { useAction } from '../ui/use-action'

export function RemoveRoleDialog({ role, onClose }: { role: RoleView; onClose(): void }) {
  const { run, pending, error } = useAction()
  return (
    <Modal title="Remove role?" onClose={onClose}>
      <p className="dialog-message">
        “{role.displayName}” ({role.roleArn}) will be removed from Rolecall.
      </p>
      {error && <ErrorAlert error={error} />}
      <DialogActions
        confirmLabel="Remove"
        danger
        pending={pending}
        onCancel={onClose}
        onConfirm={() => void run(() => window.rolecall.removeRole({ id: role.id }), onClose)}
      />
    </Modal>
  )
}
