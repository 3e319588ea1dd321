// The roles list's pure logic: Favourites / Recent / per-account grouping, word search, keyboard stepping,
// and each account's label and colour. Grouping runs once per state change; each keystroke only filters.
import type { AccountView, RoleView } from '../../../shared/views'
import { compareNames } from '../ui/locale'

export type Accounts = Readonly<Record<string, AccountView>>

/** One row of the virtualized list: a group header, or a role with its 1-based position among the role rows. */
export type Row =
  | { kind: 'group'; key: string; label: string; accountId?: string }
  | { kind: 'role'; key: string; role: RoleView; position: number }

interface Entry {
  role: RoleView
  /**
   * Every searchable field, lowercased and newline-separated so a search word never spans two fields. Built on the
   * first search rather than with the groups, as most times the window opens nobody searches.
   */
  haystack(): string
}

export interface Group {
  key: string
  label: string
  /** Set on account groups, which stay listed (for their settings button) when all their roles are pinned above. */
  accountId?: string
  entries: Entry[]
}

export interface VisibleRows {
  rows: Row[]
  roleCount: number
}

const RECENT_LIMIT = 5

// Tableau 10: hues that stay distinct from each other on both the light and the dark surface.
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac'
] as const

export function accountLabel(accountId: string, accounts: Accounts): string {
  const alias = accounts[accountId]?.alias
  return alias ? `${alias} (${accountId})` : accountId
}

/** The colour the user chose for the account, else one derived from its ID so it is the same on every launch. */
export function accountColour(accountId: string, accounts: Accounts): string {
  const chosen = accounts[accountId]?.colour
  if (chosen) return chosen
  return PALETTE[hashOf(accountId) % PALETTE.length] ?? PALETTE[0]
}

// FNV-1a: cheap, and spreads near-identical account IDs across the palette.
function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash >>> 0
}

/** The query's words, lowercased; every one of them must match for a role to show. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((word) => word !== '')
}

/**
 * Favourites (by name), then up to five other recently used roles (newest first), then every other role
 * under its account (accounts by alias or ID, roles by name). Each role appears once, so every
 * "Assume <name>" button stays unique.
 */
export function groupRoles(roles: readonly RoleView[], accounts: Accounts): Group[] {
  const entries = roles
    .map((role) => entryOf(role, accounts))
    .sort((a, b) => compareNames(a.role.displayName, b.role.displayName))
  const favourites = entries.filter((entry) => entry.role.favourite)
  const recent = entries
    .filter((entry) => !entry.role.favourite && entry.role.lastUsedAt !== undefined)
    .sort((a, b) => (b.role.lastUsedAt ?? 0) - (a.role.lastUsedAt ?? 0))
    .slice(0, RECENT_LIMIT)
  const pinned = new Set([...favourites, ...recent])

  const byAccount = new Map<string, Entry[]>()
  for (const entry of entries) {
    const group = byAccount.get(entry.role.accountId) ?? []
    if (!pinned.has(entry)) group.push(entry)
    byAccount.set(entry.role.accountId, group)
  }
  const sortKey = (accountId: string) => accounts[accountId]?.alias || accountId
  const accountGroups = [...byAccount.keys()]
    .sort((a, b) => compareNames(sortKey(a), sortKey(b)) || compareNames(a, b))
    .map((accountId) => ({
      key: `account:${accountId}`,
      label: accountLabel(accountId, accounts),
      accountId,
      entries: byAccount.get(accountId) ?? []
    }))

  return [
    { key: 'favourites', label: 'Favourites', entries: favourites },
    { key: 'recent', label: 'Recent', entries: recent },
    ...accountGroups
  ]
}

/** The rows to show for a search: groups keep their order, and a group with nothing to show is left out. */
export function visibleRows(groups: readonly Group[], words: readonly string[]): VisibleRows {
  const rows: Row[] = []
  let roleCount = 0
  for (const group of groups) {
    const shown = words.length === 0 ? group.entries : group.entries.filter((entry) => matches(entry.haystack(), words))
    // Without a search an account with every role pinned above keeps its header, so its settings stay reachable.
    const keepEmpty = words.length === 0 && group.accountId !== undefined
    if (shown.length === 0 && !keepEmpty) continue
    rows.push({ kind: 'group', key: group.key, label: group.label, accountId: group.accountId })
    for (const { role } of shown) rows.push({ kind: 'role', key: `role:${role.id}`, role, position: ++roleCount })
  }
  return { rows, roleCount }
}

/** The index of the next role row in the given direction, skipping headers; `from` itself when there is none. */
export function stepActive(rows: readonly Row[], from: number, step: 1 | -1): number {
  for (let index = from + step; index >= 0 && index < rows.length; index += step) {
    if (rows[index]?.kind === 'role') return index
  }
  return from
}

function entryOf(role: RoleView, accounts: Accounts): Entry {
  let haystack: string | undefined
  return { role, haystack: () => (haystack ??= haystackOf(role, accounts)) }
}

function haystackOf(role: RoleView, accounts: Accounts): string {
  return [role.profile, role.displayName, role.accountId, accounts[role.accountId]?.alias, role.roleName, role.roleArn]
    .filter((field) => field !== undefined)
    .join('\n')
    .toLowerCase()
}

function matches(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word))
}
