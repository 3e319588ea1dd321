// The tray as plain data built from AppState: the context menu, the icon state, the tooltip and
// the macOS title. The Electron adapter only translates it. The menu is rebuilt when state changes
// (and once a minute for its "min left" labels), never every second: on Linux a rebuild can flicker.
import { type ExportFormat, exportFormats } from '../../../shared/contract'
import { orderSessions } from '../../../shared/session-order'
import { thresholdsOf, urgencyOf } from '../../../shared/time'
import type { AppState, SessionView } from '../../../shared/views'

export type TrayAction =
  | { type: 'assume'; roleId: string }
  | { type: 'copy'; roleId: string; format: ExportFormat }
  | { type: 'console'; roleId: string }
  | { type: 'refresh'; roleId: string }
  | { type: 'end'; roleId: string }
  | { type: 'show' }
  | { type: 'all-roles' }
  | { type: 'settings' }
  | { type: 'quit' }

export type TrayMenuItem =
  | { kind: 'item'; label: string; action: TrayAction; enabled?: boolean }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] }
  | { kind: 'header'; label: string }
  | { kind: 'separator' }

export type TrayState = Pick<AppState, 'roles' | 'sessions' | 'activity' | 'settings'>
export type TrayIconState = 'idle' | 'active' | 'expiring' | 'error'

const RECENT_IN_MENU = 5
const SEPARATOR: TrayMenuItem = { kind: 'separator' }

export function trayMenu(state: TrayState, now: number): TrayMenuItem[] {
  const names = new Map(state.roles.map((r) => [r.id, r.displayName]))
  const sessions = orderSessions(state.sessions)
  const favourites = state.roles.filter((r) => r.favourite)
  const recent = state.roles
    .filter((r) => !r.favourite && r.lastUsedAt)
    .sort((a, b) => b.lastUsedAt! - a.lastUsedAt!)
    .slice(0, RECENT_IN_MENU)
  const assumeItem = (role: (typeof state.roles)[number]): TrayMenuItem => ({
    kind: 'item',
    label: role.displayName,
    action: { type: 'assume', roleId: role.id },
    enabled: !state.activity[role.id]?.busy && !role.problem
  })
  return [
    ...(sessions.length
      ? [{ kind: 'header', label: 'Sessions' } as const, ...sessions.map((s) => sessionMenu(s, names.get(s.roleId) ?? s.roleId, now)), SEPARATOR]
      : []),
    ...(favourites.length ? [{ kind: 'header', label: 'Favourites' } as const, ...favourites.map(assumeItem)] : []),
    ...(recent.length ? [{ kind: 'header', label: 'Recent' } as const, ...recent.map(assumeItem)] : []),
    ...(state.roles.length === 0 ? [{ kind: 'header', label: 'No roles yet' } as const] : []),
    { kind: 'item', label: 'All roles…', action: { type: 'all-roles' } },
    SEPARATOR,
    { kind: 'item', label: 'Show Rolecall', action: { type: 'show' } },
    { kind: 'item', label: 'Settings…', action: { type: 'settings' } },
    { kind: 'item', label: 'Quit', action: { type: 'quit' } }
  ]
}

function sessionMenu(session: SessionView, name: string, now: number): TrayMenuItem {
  const roleId = session.roleId
  const expired = session.status === 'expired' || session.expiresAt <= now
  const label = `${session.current ? '● ' : ''}${name} — ${expired ? 'expired' : `${timeLeft(session.expiresAt - now)} left`}`
  if (expired) {
    return {
      kind: 'submenu',
      label,
      items: [
        { kind: 'item', label: 'Assume again', action: { type: 'refresh', roleId } },
        { kind: 'item', label: 'Dismiss', action: { type: 'end', roleId } }
      ]
    }
  }
  return {
    kind: 'submenu',
    label,
    items: [
      {
        kind: 'submenu',
        label: 'Copy export',
        items: exportFormats.map((format) => ({ kind: 'item', label: format, action: { type: 'copy', roleId, format } }))
      },
      { kind: 'item', label: 'Open console', action: { type: 'console', roleId } },
      { kind: 'item', label: 'Refresh', action: { type: 'refresh', roleId }, enabled: session.status !== 'refreshing' },
      { kind: 'item', label: 'End', action: { type: 'end', roleId } }
    ]
  }
}

/** Which icon to show: any failure wins, then a session near its end, then any live session. */
export function trayIconState(state: TrayState, now: number): TrayIconState {
  const live = state.sessions.filter((s) => s.status !== 'expired' && s.expiresAt > now)
  if (state.sessions.some((s) => s.refreshError) || Object.values(state.activity).some((a) => a.error)) return 'error'
  const thresholds = thresholdsOf(state.settings.warnBeforeSeconds)
  if (live.some((s) => urgencyOf(s.expiresAt - now, thresholds) !== 'normal')) return 'expiring'
  return live.length ? 'active' : 'idle'
}

/** One line per session; Windows cuts tooltips at 127 characters. */
export function trayTooltip(state: TrayState, now: number): string {
  const names = new Map(state.roles.map((r) => [r.id, r.displayName]))
  const lines = orderSessions(state.sessions).map((s) => {
    const name = names.get(s.roleId) ?? s.roleId
    return s.expiresAt > now && s.status !== 'expired' ? `${name}: ${timeLeft(s.expiresAt - now)} left` : `${name}: expired`
  })
  const text = ['Rolecall', ...(lines.length ? lines : ['No active sessions'])].join('\n')
  return text.length > 127 ? `${text.slice(0, 126)}…` : text
}

/** "45 min", "1 h 5 min", "< 1 min". */
export function timeLeft(ms: number): string {
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 1) return '< 1 min'
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`
}
