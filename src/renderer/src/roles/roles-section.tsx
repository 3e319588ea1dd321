// The Roles section: heading and Add role, config-file problems, the search box that filters and drives the list
// from the keyboard (and that main can focus), and the grouped list or an empty-state hint.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { AppState, RoleView } from '../../../shared/views'
import { RoleList, rowId, type RoleListHandle } from './role-list'
import type { RoleActions } from './role-row'
import { groupRoles, searchWords, stepActive, visibleRows } from './role-rows'
import { useWindowShortcuts } from '../app/use-window-shortcuts'

interface Props extends RoleActions {
  state: Pick<AppState, 'roles' | 'accounts' | 'catalog' | 'activity'>
  local: AppState['activity']
  onAdd(): void
  onAccountSettings(accountId: string): void
}

export function RolesSection({ state, local, onAdd, onAccountSettings, ...actions }: Props) {
  const { roles, accounts, catalog, activity } = state
  const listId = useId()
  const [query, setQuery] = useState('')
  // The role picked with the arrow keys; by id, so it stays picked when a state push reorders the list.
  const [picked, setPicked] = useState<string | null>(null)
  const list = useRef<RoleListHandle>(null)
  const searchBox = useRef<HTMLInputElement>(null)
  useWindowShortcuts(searchBox)

  // Sorting and grouping only when roles or accounts change, so a keystroke costs one pass of substring checks.
  const groups = useMemo(() => groupRoles(roles, accounts), [roles, accounts])
  const words = useMemo(() => searchWords(query), [query])
  const { rows, roleCount } = useMemo(() => visibleRows(groups, words), [groups, words])
  const pickedIndex = picked === null ? -1 : rows.findIndex((row) => row.kind === 'role' && row.role.id === picked)
  // While searching, the first match is active until the arrows pick another, so Enter has a visible target.
  const activeIndex = pickedIndex >= 0 || words.length === 0 ? pickedIndex : stepActive(rows, -1, 1)
  const activeRow = rows[activeIndex]
  const active: RoleView | undefined = activeRow?.kind === 'role' ? activeRow.role : undefined

  function search(text: string) {
    setQuery(text)
    setPicked(null)
    // New results start at the top, where the first match (the one Enter assumes) is.
    list.current?.scrollToIndex(0)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // While an IME composes (Hangul, kana…), Enter and Escape belong to the composition, not to Rolecall.
    if (event.nativeEvent.isComposing) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const index = stepActive(rows, activeIndex, event.key === 'ArrowDown' ? 1 : -1)
      const next = rows[index]
      if (next?.kind !== 'role') return
      setPicked(next.role.id)
      list.current?.scrollToIndex(index)
    } else if (event.key === 'Enter' && active && active.problem === undefined) {
      event.preventDefault()
      actions.onAssume(active)
    } else if (event.key === 'Escape' && query !== '') {
      // The first Escape clears the search; the next one goes on to useWindowShortcuts, which hides the window.
      event.preventDefault()
      search('')
    }
  }

  return (
    <section className="roles">
      <div className="section-header">
        <h2>Roles</h2>
        <button type="button" className="primary" onClick={onAdd}>
          Add role
        </button>
      </div>
      {catalog.problems.map((problem, index) => (
        <p key={index} role="alert" className="notice" data-level="warning">
          {problem}
        </p>
      ))}
      {roles.length === 0 ? (
        <p className="empty">No roles yet. Add one to get started.</p>
      ) : (
        <>
          <input
            ref={searchBox}
            type="search"
            className="role-search"
            aria-label="Search roles"
            placeholder="Search name, profile, account, ARN…"
            autoComplete="off"
            spellCheck={false}
            value={query}
            aria-controls={listId}
            aria-activedescendant={active ? rowId(listId, activeIndex) : undefined}
            onChange={(event) => search(event.target.value)}
            onKeyDown={onKeyDown}
          />
          {roleCount === 0 && words.length > 0 ? (
            <p className="empty">No roles match “{query.trim()}”.</p>
          ) : (
            <RoleList
              ref={list}
              listId={listId}
              rows={rows}
              roleCount={roleCount}
              activeIndex={activeIndex}
              activity={activity}
              local={local}
              accounts={accounts}
              configFile={catalog.configFile}
              onAccountSettings={onAccountSettings}
              {...actions}
            />
          )}
        </>
      )}
    </section>
  )
}
