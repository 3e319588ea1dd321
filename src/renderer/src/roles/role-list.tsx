// The roles as one virtualized list of group headers and role rows: only the rows in view are in the DOM, so
// thousands of roles scroll smoothly; the search box scrolls it through a handle.
import { useImperativeHandle, type Ref } from 'react'
import type { AppState } from '../../../shared/views'
import { GroupHeader } from './group-header'
import { accountColour, type Accounts, type Row } from './role-rows'
import { RoleRow, type RoleActions } from './role-row'
import { useVirtualRows } from '../ui/use-virtual-rows'

/** Lets the search box scroll the list, as only the virtualizer knows where an unrendered row is. */
export interface RoleListHandle {
  scrollToIndex(index: number): void
}

interface Props extends RoleActions {
  ref: Ref<RoleListHandle>
  listId: string
  rows: Row[]
  roleCount: number
  /** The row the search box points at (highlighted), or -1. */
  activeIndex: number
  activity: AppState['activity']
  local: AppState['activity']
  accounts: Accounts
  configFile: string
  onAccountSettings(accountId: string): void
}

/** A role row's DOM id, which the search box names in aria-activedescendant. */
export function rowId(listId: string, index: number): string {
  return `${listId}-row-${index}`
}

export function RoleList(props: Props) {
  const { ref, listId, rows, roleCount, activeIndex, activity, local, accounts, configFile, onAccountSettings, ...actions } = props
  const { virtualizer, scrollRef, listStyle, items, rowProps } = useVirtualRows({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? 26 : 53),
    getItemKey: (index) => rows[index]?.key ?? index,
    gap: 6
  })

  useImperativeHandle(ref, () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index) }), [virtualizer])

  return (
    <div ref={scrollRef} className="list-scroller role-scroller">
      <ul id={listId} aria-label="Roles" className="virtual-list" style={listStyle}>
        {items.map((item) => {
          const row = rows[item.index]
          if (!row) return null
          const attributes =
            row.kind === 'group'
              ? // A header is not a role: presentation keeps it out of the list's items, count and positions.
                { role: 'presentation' }
              : {
                  id: rowId(listId, item.index),
                  // Tell assistive tech the real number of roles, since most rows are not in the DOM.
                  'aria-setsize': roleCount,
                  'aria-posinset': row.position,
                  'data-active': item.index === activeIndex || undefined
                }
          return (
            <li key={item.key} className="virtual-row role-item" {...rowProps(item)} {...attributes}>
              {row.kind === 'group' ? (
                <GroupHeader
                  label={row.label}
                  account={row.accountId === undefined ? undefined : { id: row.accountId, colour: accountColour(row.accountId, accounts) }}
                  onAccountSettings={onAccountSettings}
                />
              ) : (
                <RoleRow
                  role={row.role}
                  activity={activity[row.role.id]}
                  local={local[row.role.id]}
                  colour={accountColour(row.role.accountId, accounts)}
                  accountName={accounts[row.role.accountId]?.alias || row.role.accountId}
                  configFile={configFile}
                  {...actions}
                />
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
