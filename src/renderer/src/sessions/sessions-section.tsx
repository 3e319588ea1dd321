// The Sessions section: its heading, and the sessions or a line saying there are none.
import type { RoleView, SessionView, Settings } from '../../../shared/views'
import { SessionList } from './session-list'

interface Props {
  sessions: SessionView[]
  roles: RoleView[]
  warnBeforeSeconds: Settings['warnBeforeSeconds']
  onMore(roleId: string): void
}

export function SessionsSection({ sessions, roles, warnBeforeSeconds, onMore }: Props) {
  return (
    <section className="sessions">
      <h2>Sessions</h2>
      {sessions.length === 0 ? (
        <p className="empty">No active sessions.</p>
      ) : (
        <SessionList sessions={sessions} roles={roles} warnBeforeSeconds={warnBeforeSeconds} onMore={onMore} />
      )}
    </section>
  )
}
