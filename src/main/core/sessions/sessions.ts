// Live sessions, one per role, with the secrets that must never leave the main process, and the
// projection of each into the view the renderer is allowed to see.
import type { Partition } from '../../../shared/arn'
import type { SessionView } from '../../../shared/views'
import type { TemporaryCredentials } from '../sts'

export interface LiveSession {
  roleId: string
  credentials: TemporaryCredentials
  assumedRoleArn: string
  sourceArn: string
  partition: Partition
  region: string
  startedAt: number
  durationSeconds: number
  /** AssumeRole was called with long-term keys: only then may console sign-in ask for a SessionDuration. */
  fromLongTermKeys: boolean
  identityCheck: SessionView['identityCheck']
  note?: string
  status: SessionView['status']
  refreshError?: SessionView['refreshError']
  refreshedAt?: number
}

export function toSessionView(s: LiveSession, current: boolean): SessionView {
  return {
    roleId: s.roleId,
    assumedRoleArn: s.assumedRoleArn,
    sourceArn: s.sourceArn,
    region: s.region,
    expiresAt: s.credentials.expiresAt,
    startedAt: s.startedAt,
    durationSeconds: s.durationSeconds,
    identityCheck: s.identityCheck,
    status: s.status,
    current,
    ...(s.note ? { note: s.note } : {}),
    ...(s.refreshError ? { refreshError: s.refreshError } : {}),
    ...(s.refreshedAt ? { refreshedAt: s.refreshedAt } : {})
  }
}
