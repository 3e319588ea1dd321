// What the renderer sees of each role, from either origin: app-defined roles and config profiles.
import { parseRoleArn } from '../../../shared/arn'
import type { RoleView } from '../../../shared/views'
import type { StoredRole, RolePreferences } from '../store'
import type { ConfigRole } from './config-profiles'
import { roleKey } from './role-key'

export function appRoleView(role: StoredRole, extras: RolePreferences): RoleView {
  const arn = parseRoleArn(role.roleArn)
  return {
    ...role,
    key: roleKey('app', role.id),
    accountId: arn.ok ? arn.value.accountId : '',
    roleName: arn.ok ? arn.value.roleName : '',
    partition: arn.ok ? arn.value.partition : 'aws',
    origin: 'app',
    chained: false,
    ...usage(role.id, extras, false)
  }
}

export function configRoleView(role: ConfigRole, extras: RolePreferences): RoleView {
  return {
    id: role.id,
    key: roleKey('profile', role.profile),
    displayName: role.profile,
    roleArn: role.roleArn,
    accountId: role.accountId ?? '',
    roleName: role.roleName ?? '',
    partition: role.partition ?? 'aws',
    origin: 'config',
    profile: role.profile,
    chained: role.chained,
    ...(role.sessionName ? { sessionName: role.sessionName } : {}),
    ...(role.durationSeconds ? { durationSeconds: role.durationSeconds } : {}),
    ...(role.region ? { region: role.region } : {}),
    ...(role.externalId ? { externalId: role.externalId } : {}),
    ...(role.sourceIdentity ? { sourceIdentity: role.sourceIdentity } : {}),
    ...(role.sessionTags ? { sessionTags: role.sessionTags } : {}),
    ...(role.transitiveTagKeys ? { transitiveTagKeys: role.transitiveTagKeys } : {}),
    ...(role.mfaSerial ? { mfaSerial: role.mfaSerial } : {}),
    ...(role.problem ? { problem: role.problem } : {}),
    ...usage(role.id, extras, Boolean(role.mfaSerial))
  }
}

/** Auto-refresh defaults to on unless the role needs MFA, whose refresh may need the user. */
function usage(
  id: string,
  extras: RolePreferences,
  needsMfa: boolean
): Pick<RoleView, 'favourite' | 'autoRefresh' | 'lastUsedAt' | 'credentialsProfile'> {
  // Own properties only: a role id is the user's to choose, and "valueOf" must find nothing.
  const own = <T>(record: Record<string, T>): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined)
  const lastUsedAt = own(extras.recent)
  const credentialsProfile = own(extras.credentialsProfiles)
  return {
    favourite: extras.favourites.has(id),
    autoRefresh: own(extras.autoRefresh) ?? !needsMfa,
    ...(lastUsedAt ? { lastUsedAt } : {}),
    ...(credentialsProfile ? { credentialsProfile } : {})
  }
}
