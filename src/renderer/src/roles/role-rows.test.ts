// Unit tests for the roles list's grouping, word search, keyboard stepping and account colours.
import { describe, expect, it } from 'vitest'
import type { RoleView } from '../../../shared/views'
import { accountColour, accountLabel, groupRoles, searchWords, stepActive, visibleRows, type Accounts, type Row } from './role-rows'

const PROD = '111111111111'
const DEV = '222222222222'
const SANDBOX = '333333333333'

function role(id: string, fields: Partial<RoleView> = {}): RoleView {
  const accountId = fields.accountId ?? PROD
  const roleName = fields.roleName ?? 'Admin'
  return {
    id,
    key: `app.${id}`,
    displayName: id,
    roleArn: `arn:aws:iam::${accountId}:role/${roleName}`,
    accountId,
    roleName,
    partition: 'aws',
    origin: 'app',
    chained: false,
    favourite: false,
    autoRefresh: false,
    ...fields
  }
}

/** The list as text: group headers in brackets, then the ids of their roles. */
function layout(rows: Row[]): string[] {
  return rows.map((row) => (row.kind === 'group' ? `[${row.label}]` : row.role.id))
}

function rowsFor(roles: RoleView[], accounts: Accounts, query = '') {
  return visibleRows(groupRoles(roles, accounts), searchWords(query))
}

describe('groupRoles and visibleRows', () => {
  const accounts: Accounts = { [DEV]: { alias: 'dev' }, [PROD]: { alias: 'prod' } }

  it('pins favourites by name, then up to five recent roles newest first, then each account by alias or ID', () => {
    const roles = [
      role('zeta', { accountId: SANDBOX }),
      role('beta', { accountId: PROD, favourite: true, lastUsedAt: 900 }),
      role('alpha', { accountId: DEV, favourite: true }),
      ...[1, 2, 3, 4, 5, 6].map((n) => role(`recent${n}`, { accountId: DEV, lastUsedAt: n * 100 })),
      role('gamma', { accountId: PROD }),
      role('Delta', { accountId: PROD })
    ]
    expect(layout(rowsFor(roles, accounts).rows)).toEqual([
      '[Favourites]',
      'alpha',
      'beta',
      '[Recent]',
      'recent6',
      'recent5',
      'recent4',
      'recent3',
      'recent2',
      `[${SANDBOX}]`,
      'zeta',
      `[dev (${DEV})]`,
      'recent1',
      `[prod (${PROD})]`,
      'Delta',
      'gamma'
    ])
  })

  it('numbers only the role rows, so aria-posinset and aria-setsize ignore the headers', () => {
    const { rows, roleCount } = rowsFor([role('a', { favourite: true }), role('b'), role('c', { accountId: DEV })], {})
    expect(roleCount).toBe(3)
    expect(rows.flatMap((row) => (row.kind === 'role' ? [row.position] : []))).toEqual([1, 2, 3])
  })

  it('keeps the header of an account whose roles are all pinned, but drops it and empty pins while searching', () => {
    const roles = [role('a', { favourite: true }), role('b', { accountId: DEV })]
    expect(layout(rowsFor(roles, {}).rows)).toEqual(['[Favourites]', 'a', `[${PROD}]`, `[${DEV}]`, 'b'])
    expect(layout(rowsFor(roles, {}, 'b').rows)).toEqual([`[${DEV}]`, 'b'])
  })

  it('matches every word, case-insensitively, against profile, name, account ID, alias, role name or ARN', () => {
    const roles = [
      role('Billing reader', { accountId: PROD, roleName: 'ReadOnly' }),
      role('Deployer', { accountId: DEV, roleName: 'CiDeploy', profile: 'dev-ci', origin: 'config' }),
      role('Admin', { accountId: SANDBOX, roleArn: `arn:aws:iam::${SANDBOX}:role/team/ops/Admin` })
    ]
    const ids = (query: string) => layout(rowsFor(roles, accounts, query).rows).filter((text) => !text.startsWith('['))
    expect(ids('PROD read')).toEqual(['Billing reader'])
    expect(ids('dev-ci')).toEqual(['Deployer'])
    expect(ids(`  ${DEV.slice(0, 6)}   cideploy `)).toEqual(['Deployer'])
    expect(ids('team/ops')).toEqual(['Admin'])
    expect(ids('billing deploy')).toEqual([])
    expect(ids('')).toEqual(['Admin', 'Deployer', 'Billing reader'])
  })

  it('does not let a word match across two fields', () => {
    expect(rowsFor([role('Prod', { roleName: 'Admin' })], {}, 'prodadmin').roleCount).toBe(0)
  })
})

describe('stepActive', () => {
  const { rows } = rowsFor([role('a', { favourite: true }), role('b'), role('c')], {})

  it('moves between role rows, skipping headers, and stays put at either end', () => {
    expect(layout(rows)).toEqual(['[Favourites]', 'a', `[${PROD}]`, 'b', 'c'])
    expect(stepActive(rows, -1, 1)).toBe(1)
    expect(stepActive(rows, 1, 1)).toBe(3)
    expect(stepActive(rows, 3, -1)).toBe(1)
    expect(stepActive(rows, 4, 1)).toBe(4)
    expect(stepActive(rows, 1, -1)).toBe(1)
  })
})

describe('accountLabel and accountColour', () => {
  it('labels an account by alias and ID, or by ID alone', () => {
    expect(accountLabel(PROD, { [PROD]: { alias: 'prod' } })).toBe(`prod (${PROD})`)
    expect(accountLabel(PROD, {})).toBe(PROD)
  })

  it('uses the chosen colour, else the same palette colour every time for the same account', () => {
    expect(accountColour(PROD, { [PROD]: { colour: '#123456' } })).toBe('#123456')
    const derived = accountColour(PROD, {})
    expect(derived).toMatch(/^#[0-9a-f]{6}$/)
    expect(accountColour(PROD, { [DEV]: { colour: '#123456' } })).toBe(derived)
    const spread = new Set(Array.from({ length: 50 }, (_, n) => accountColour(String(100000000000 + n), {})))
    expect(spread.size).toBeGreaterThan(5)
  })
})
