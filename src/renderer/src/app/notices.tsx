// Messages main wants the user to see (e.g. a session that could not be restored), each announced as an alert.
import type { Notice } from '../../../shared/views'

export function Notices({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((notice) => (
        <p key={notice.id} role="alert" className="notice" data-level={notice.level}>
          {notice.message}
        </p>
      ))}
    </div>
  )
}
