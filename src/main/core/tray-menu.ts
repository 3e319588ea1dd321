// The tray's context menu as plain data built from AppState, so it can be unit-tested and the
// Electron adapter only translates it; on Linux this menu is the only way in, as click may never fire.
import type { AppState } from '../../shared/views'

export type TrayAction = { type: 'assume'; roleId: string } | { type: 'show' } | { type: 'quit' }

export type TrayMenuItem =
  | { kind: 'item'; label: string; action: TrayAction; enabled?: boolean }
  | { kind: 'header'; label: string }
  | { kind: 'separator' }

export function trayMenu(state: Pick<AppState, 'roles' | 'sessions' | 'activity'>): TrayMenuItem[] {
  const live = new Set(state.sessions.map((s) => s.roleId))
  const roles: TrayMenuItem[] = state.roles.map((role) => ({
    kind: 'item',
    label: `${live.has(role.id) ? '● ' : ''}${role.displayName}`,
    action: { type: 'assume', roleId: role.id },
    enabled: !state.activity[role.id]?.busy
  }))
  return [
    { kind: 'header', label: roles.length ? 'Assume role' : 'No roles yet' },
    ...roles,
    { kind: 'separator' },
    { kind: 'item', label: 'Show Rolecall', action: { type: 'show' } },
    { kind: 'item', label: 'Quit', action: { type: 'quit' } }
  ]
}
