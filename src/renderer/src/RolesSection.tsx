// The Roles section: its heading, the Add role button, and the list or the empty-state hint.
import type { AppState, RoleView } from '../../shared/views'
import { RoleList } from './RoleList'

interface Props {
  roles: RoleView[]
  activity: AppState['activity']
  onAdd(): void
  onEdit(role: RoleView): void
  onRemove(role: RoleView): void
}

export function RolesSection({ roles, activity, onAdd, onEdit, onRemove }: Props) {
  return (
    <section className="roles">
      <div className="section-header">
        <h2>Roles</h2>
        <button type="button" className="primary" onClick={onAdd}>
          Add role
        </button>
      </div>
      {roles.length === 0 ? (
        <p className="empty">No roles yet. Add one to get started.</p>
      ) : (
        <RoleList roles={roles} activity={activity} onEdit={onEdit} onRemove={onRemove} />
      )}
    </section>
  )
}
