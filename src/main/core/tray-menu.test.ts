import { describe, expect, it } from 'vitest'
import { trayMenu } from './tray-menu'
import { positionNearTray } from './window-position'

const roles = [
  { id: 'a', displayName: 'Prod', roleArn: 'arn:aws:iam::123456789012:role/A', accountId: '123456789012', roleName: 'A', partition: 'aws', origin: 'app' as const, chained: false, favourite: false },
  { id: 'b', displayName: 'Dev', roleArn: 'arn:aws:iam::123456789012:role/B', accountId: '123456789012', roleName: 'B', partition: 'aws', origin: 'app' as const, chained: false, favourite: false }
]

describe('trayMenu', () => {
  it('lists roles to assume, marks live ones, then Show and Quit', () => {
    const menu = trayMenu({
      roles,
      sessions: [{ roleId: 'b', assumedRoleArn: 'x', sourceArn: 'y', expiresAt: 1, startedAt: 0, durationSeconds: 900, identityCheck: 'confirmed' }],
      activity: { a: { busy: true } }
    })
    expect(menu).toEqual([
      { kind: 'header', label: 'Assume role' },
      { kind: 'item', label: 'Prod', action: { type: 'assume', roleId: 'a' }, enabled: false },
      { kind: 'item', label: '● Dev', action: { type: 'assume', roleId: 'b' }, enabled: true },
      { kind: 'separator' },
      { kind: 'item', label: 'Show Rolecall', action: { type: 'show' } },
      { kind: 'item', label: 'Quit', action: { type: 'quit' } }
    ])
  })

  it('says when there is nothing to assume', () => {
    expect(trayMenu({ roles: [], sessions: [], activity: {} })[0]).toEqual({ kind: 'header', label: 'No roles yet' })
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
