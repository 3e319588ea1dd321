import { describe, expect, it } from 'vitest'
import type { RoleView, SessionView } from '../../../shared/views'
import { DEFAULT_SETTINGS } from '../store/app-store'
import { trayIconState, trayMenu, trayTooltip, type TrayAction, type TrayMenuItem } from './tray-menu'
import { positionNearTray } from './window-position'

const NOW = Date.parse('2026-11-28T12:00:00Z')
const MIN = 60_000

function role(id: string, name: string, extra: Partial<RoleView> = {}): RoleView {
  return {
    id,
    key: `app.${id}`,
    displayName: name,
    roleArn: `arn:aws:iam::123456789012:role/${name}`,
    accountId: '123456789012',
    roleName: name,
    partition: 'aws',
    origin: 'app',
    chained: false,
    favourite: false,
    autoRefresh: true,
    ...extra
  }
}

function session(roleId: string, minutesLeft: number, extra: Partial<SessionView> = {}): SessionView {
  return {
    roleId,
    assumedRoleArn: `arn:aws:sts::123456789012:assumed-role/${roleId}/me`,
    sourceArn: 'arn:aws:iam::123456789012:user/alice',
    expiresAt: NOW + minutesLeft * MIN,
    startedAt: NOW - MIN,
    durationSeconds: 3600,
    identityCheck: 'confirmed',
    status: 'live',
    current: false,
    ...extra
  }
}

const roles = [
  role('a', 'Prod', { favourite: true }),
  role('b', 'Dev', { lastUsedAt: NOW - 5 * MIN }),
  role('c', 'Old', { lastUsedAt: NOW - 50 * MIN }),
  role('d', 'Never')
]
const base = { roles, sessions: [] as SessionView[], activity: {}, settings: DEFAULT_SETTINGS }

/** Runs a menu's click handlers the way Electron would: find the item by its label path. */
function click(menu: TrayMenuItem[], ...path: string[]): TrayAction {
  const [label, ...rest] = path
  const item = menu.find((i) => (i.kind === 'item' || i.kind === 'submenu') && i.label === label)
  if (!item) throw new Error(`no item ${label} in ${JSON.stringify(menu.map((i) => ('label' in i ? i.label : '-')))}`)
  if (item.kind === 'submenu') return click(item.items, ...rest)
  if (item.kind !== 'item' || item.enabled === false) throw new Error(`${label} is not clickable`)
  return item.action
}

describe('trayMenu', () => {
  it('lists live sessions (current first) with their actions, then favourites, recent, and the app items', () => {
    const menu = trayMenu({ ...base, sessions: [session('b', 45), session('a', 90, { current: true })] }, NOW)
    expect(menu.map((i) => (i.kind === 'separator' ? '—' : i.label))).toEqual([
      'Sessions',
      '● Prod — 1 h 30 min left',
      'Dev — 45 min left',
      '—',
      'Favourites',
      'Prod',
      'Recent',
      'Dev',
      'Old',
      'All roles…',
      '—',
      'Show Rolecall',
      'Settings…',
      'Quit'
    ])
    expect(click(menu, 'Dev — 45 min left', 'Copy export', 'fish')).toEqual({ type: 'copy', roleId: 'b', format: 'fish' })
    expect(click(menu, 'Dev — 45 min left', 'Open console')).toEqual({ type: 'console', roleId: 'b' })
    expect(click(menu, 'Dev — 45 min left', 'Refresh')).toEqual({ type: 'refresh', roleId: 'b' })
    expect(click(menu, 'Dev — 45 min left', 'End')).toEqual({ type: 'end', roleId: 'b' })
    expect(click(menu, 'Prod')).toEqual({ type: 'assume', roleId: 'a' })
    expect(click(menu, 'All roles…')).toEqual({ type: 'all-roles' })
    expect(click(menu, 'Settings…')).toEqual({ type: 'settings' })
    expect(click(menu, 'Quit')).toEqual({ type: 'quit' })
  })

  it('offers "Assume again" and "Dismiss" for an expired session, and disables busy roles', () => {
    const menu = trayMenu({ ...base, sessions: [session('b', -1, { status: 'expired' })], activity: { a: { busy: true } } }, NOW)
    expect(click(menu, 'Dev — expired', 'Assume again')).toEqual({ type: 'refresh', roleId: 'b' })
    expect(click(menu, 'Dev — expired', 'Dismiss')).toEqual({ type: 'end', roleId: 'b' })
    expect(() => click(menu, 'Prod')).toThrow(/not clickable/)
  })

  it("puts an expired session last, even the current one, in the menu and the tooltip alike, as the window does", () => {
    const state = { ...base, sessions: [session('a', -1, { status: 'expired', current: true }), session('b', 45), session('c', 20)] }
    const labels = trayMenu(state, NOW).filter((i) => i.kind === 'submenu').map((i) => i.label)
    expect(labels).toEqual(['Old — 20 min left', 'Dev — 45 min left', '● Prod — expired'])
    expect(trayTooltip(state, NOW).split('\n').slice(1)).toEqual(['Old: 20 min left', 'Dev: 45 min left', 'Prod: expired'])
  })

  it('says when there are no roles at all', () => {
    const menu = trayMenu({ ...base, roles: [] }, NOW)
    expect(menu[0]).toEqual({ kind: 'header', label: 'No roles yet' })
  })
})

describe('tray icon and tooltip', () => {
  it('goes from idle to active to expiring to error', () => {
    expect(trayIconState(base, NOW)).toBe('idle')
    expect(trayIconState({ ...base, sessions: [session('a', 30)] }, NOW)).toBe('active')
    expect(trayIconState({ ...base, sessions: [session('a', 30), session('b', 9)] }, NOW)).toBe('expiring')
    expect(trayIconState({ ...base, sessions: [session('b', -1, { status: 'expired' })] }, NOW)).toBe('idle')
    const failed = session('a', 30, { refreshError: { code: 'Throttling', title: 't', detail: 'd' } })
    expect(trayIconState({ ...base, sessions: [failed] }, NOW)).toBe('error')
  })

  it('lists each session with its time left', () => {
    expect(trayTooltip({ ...base, sessions: [session('a', 30), session('b', -1, { status: 'expired' })] }, NOW)).toBe(
      'Rolecall\nProd: 30 min left\nDev: expired'
    )
    expect(trayTooltip(base, NOW)).toBe('Rolecall\nNo active sessions')
  })
})

describe('positionNearTray', () => {
  const workArea = { x: 0, y: 25, width: 1440, height: 875 }
  it('drops below a menu-bar icon and stays on screen', () => {
    expect(positionNearTray({ x: 1400, y: 0, width: 22, height: 22 }, { width: 400, height: 620 }, workArea)).toEqual({ x: 1040, y: 26 })
  })
  it('rises above a taskbar icon', () => {
    expect(positionNearTray({ x: 700, y: 880, width: 24, height: 24 }, { width: 400, height: 620 }, { x: 0, y: 0, width: 1440, height: 876 })).toEqual({ x: 512, y: 256 })
  })
})
