// The loaded window: source identity, notices, sessions and roles, plus whichever dialog is open (one at a time).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppState, RoleView } from '../../../shared/views'
import { AccountDialog } from '../roles/account-dialog'
import { Header } from './header'
import { MfaDialog } from '../mfa/mfa-dialog'
import { Notices } from './notices'
import { RemoveRoleDialog } from '../roles/remove-role-dialog'
import { RoleDialog } from '../roles/role-dialog'
import { RolesSection } from '../roles/roles-section'
import { SessionsSection } from '../sessions/sessions-section'
import { SessionTools } from '../sessions/session-tools'
import { SettingsDialog } from '../settings/settings-dialog'
import { SourcePanel } from './source-panel'
import { useAssume } from '../roles/use-assume'

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit'; role: RoleView }
  | { kind: 'remove'; role: RoleView }
  | { kind: 'settings' }
  | { kind: 'account'; accountId: string }
  // By id: the prompt may come from the state (the CLI is waiting), and the role shown is always the current one.
  | { kind: 'mfa'; roleId: string }
  | { kind: 'session-tools'; roleId: string }
  | null

const FORMS = new Set<string>(['add', 'edit', 'mfa', 'account'])

export function Dashboard({ state }: { state: AppState }) {
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const close = () => setDialog(null)
  const { assume, local } = useAssume((role) => setDialog({ kind: 'mfa', roleId: role.id }))
  // The command line waits for a role's code: each request (by id, so a later one for a role whose prompt
  // was dismissed still asks) opens the prompt once, when no other dialog is open. Requests for the
  // role whose prompt is on screen, including any that arrive while it is, count as asked by it.
  const prompted = useRef(new Set<string>())
  useEffect(() => {
    const waiting = state.mfaPrompts
    for (const id of prompted.current) if (!waiting.some((p) => p.id === id)) prompted.current.delete(id)
    const next = dialog === null ? waiting.find((p) => !prompted.current.has(p.id)) : undefined
    if (next) setDialog({ kind: 'mfa', roleId: next.roleId })
    const asking = next?.roleId ?? (dialog?.kind === 'mfa' ? dialog.roleId : undefined)
    for (const p of waiting) if (p.roleId === asking) prompted.current.add(p.id)
  }, [state.mfaPrompts, dialog])
  // The tray's "Settings…": opens over nothing or a dialog with nothing typed in it, never over a form being filled.
  useEffect(
    () => window.rolecall.onOpenSettings(() => setDialog((open) => (open && FORMS.has(open.kind) ? open : { kind: 'settings' }))),
    []
  )
  const mfaRole = dialog?.kind === 'mfa' ? state.roles.find((r) => r.id === dialog.roleId) : undefined
  const toolsRole = dialog?.kind === 'session-tools' ? state.roles.find((r) => r.id === dialog.roleId) : undefined
  // Stable, so the memoised session items do not re-render for it.
  const openTools = useCallback((roleId: string) => setDialog({ kind: 'session-tools', roleId }), [])

  return (
    <>
      <Header onSettings={() => setDialog({ kind: 'settings' })} />
      <main className="app-main">
        <SourcePanel source={state.source} mfaSessions={state.mfaSessions} />
        <Notices notices={state.notices} />
        <SessionsSection
          sessions={state.sessions}
          roles={state.roles}
          warnBeforeSeconds={state.settings.warnBeforeSeconds}
          onMore={openTools}
        />
        <RolesSection
          state={state}
          local={local}
          onAdd={() => setDialog({ kind: 'add' })}
          onAssume={assume}
          onEdit={(role) => setDialog({ kind: 'edit', role })}
          onRemove={(role) => setDialog({ kind: 'remove', role })}
          onAccountSettings={(accountId) => setDialog({ kind: 'account', accountId })}
        />
      </main>
      {dialog?.kind === 'add' && <RoleDialog role={null} settings={state.settings} onClose={close} />}
      {dialog?.kind === 'edit' && <RoleDialog role={dialog.role} settings={state.settings} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveRoleDialog role={dialog.role} onClose={close} />}
      {dialog?.kind === 'settings' && <SettingsDialog settings={state.settings} onClose={close} />}
      {dialog?.kind === 'account' && (
        <AccountDialog accountId={dialog.accountId} account={state.accounts[dialog.accountId]} onClose={close} />
      )}
      {mfaRole && <MfaDialog role={mfaRole} onClose={close} />}
      {toolsRole && <SessionTools role={toolsRole} onClose={close} />}
    </>
  )
}
