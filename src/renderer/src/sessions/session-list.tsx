// The sessions, current first, as a virtualized list: only those in view are in the DOM, so a hundred sessions cost
// what a handful do. Each is named after the saved role it was assumed from.
import { useMemo } from 'react'
import type { RoleView, SessionView, Settings } from '../../../shared/views'
import { thresholdsOf } from '../../../shared/time'
import { SessionItem } from './session-item'
import { orderSessions } from '../../../shared/session-order'
import { useVirtualRows } from '../ui/use-virtual-rows'

interface Props {
  sessions: SessionView[]
  roles: RoleView[]
  warnBeforeSeconds: Settings['warnBeforeSeconds']
  onMore(roleId: string): void
}

export function SessionList({ sessions, roles, warnBeforeSeconds, onMore }: Props) {
  const ordered = useMemo(() => orderSessions(sessions), [sessions])
  const byId = useMemo(() => new Map(roles.map((role) => [role.id, role])), [roles])
  // Stable across renders so memoised session items only re-render when their own session changes.
  const thresholds = useMemo(() => thresholdsOf(warnBeforeSeconds), [warnBeforeSeconds])
  const { scrollRef, listStyle, items, rowProps } = useVirtualRows({
    count: ordered.length,
    // A live session at the window's width: header, two ARN lines, the identity check and two lines of buttons.
    estimateSize: () => 178,
    getItemKey: (index) => ordered[index]?.roleId ?? index,
    gap: 8
  })

  return (
    <div ref={scrollRef} className="list-scroller">
      <ul aria-label="Sessions" className="virtual-list" style={listStyle}>
        {items.map((item) => {
          const session = ordered[item.index]
          if (!session) return null
          // A session can outlive its role for a moment (removed while active), so fall back to the assumed ARN.
          const role = byId.get(session.roleId)
          const name = role?.displayName ?? session.assumedRoleArn
          return (
            <li
              key={item.key}
              aria-label={name}
              // Tell assistive tech the real number of sessions, since most are not in the DOM.
              aria-setsize={ordered.length}
              aria-posinset={item.index + 1}
              className="virtual-row"
              {...rowProps(item)}
            >
              <SessionItem session={session} role={role} name={name} thresholds={thresholds} onMore={onMore} />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
