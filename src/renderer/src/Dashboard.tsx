// The loaded window: source identity, notices, sessions and roles, plus whichever dialog is open (one at a time).
import { useState } from 'react'
import type { AppState, RoleView } from '../../shared/views'
import { Header } from './Header'
import { Notices } from './Notices'
import { RemoveRoleDialog } from './RemoveRoleDialog'
import { RoleDialog } from './RoleDialog'
import { RolesSection } from './RolesSection'
import { SessionList } from './SessionList'
import { SettingsDialog } from './SettingsDialog'
import { SourcePanel } from './SourcePanel'

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit'; role: RoleView }
  | { kind: 'remove'; role: RoleView }
  | { kind: 'settings' }
  | null

export function Dashboard({ state }: { state: AppState }) {
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const close = () => setDialog(null)

  return (
    <>
      <Header onSettings={() => setDialog({ kind: 'settings' })} />
      <main className="app-main">
        <SourcePanel source={state.source} />
        <Notices notices={state.notices} />
        <SessionList sessions={state.sessions} roles={state.roles} />
        <RolesSection
          roles={state.roles}
          activity={state.activity}
          onAdd={() => setDialog({ kind: 'add' })}
          onEdit={(role) => setDialog({ kind: 'edit', role })}
          onRemove={(role) => setDialog({ kind: 'remove', role })}
        />
      </main>
      {dialog?.kind === 'add' && <RoleDialog role={null} settings={state.settings} onClose={close} />}
      {dialog?.kind === 'edit' && <RoleDialog role={dialog.role} settings={state.settings} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveRoleDialog role={dialog.role} onClose={close} />}
      {dialog?.kind === 'settings' && <SettingsDialog settings={state.settings} onClose={close} />}
    </>
  )
}
