// The saved roles as a virtualized list: only the rows in view are in the DOM, so 2,000 roles scroll smoothly.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { AppState, RoleView } from '../../shared/views'
import { RoleRow } from './RoleRow'

interface Props {
  roles: RoleView[]
  activity: AppState['activity']
  onEdit(role: RoleView): void
  onRemove(role: RoleView): void
}

export function RoleList({ roles, activity, onEdit, onRemove }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer hands back fresh functions every render, which only matters to the React Compiler; this app does not use it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: roles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 60,
    // Rows just outside the view stay rendered so Tab can move into them; focusing one scrolls it in.
    overscan: 4,
    getItemKey: (index) => roles[index]?.id ?? index
  })

  return (
    <div ref={scrollRef} className="role-scroller">
      <ul aria-label="Roles" className="role-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const role = roles[item.index]
          if (!role) return null
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              // Tell assistive tech the list's real length and position, since most rows are not in the DOM.
              aria-setsize={roles.length}
              aria-posinset={item.index + 1}
              className="role-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <RoleRow role={role} activity={activity[role.id]} onEdit={onEdit} onRemove={onRemove} />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
