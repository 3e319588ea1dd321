// The listing `rolecall list` prints when its cache cannot answer: every role from the AWS config and the app's
// settings, with the key that names each one unambiguously (see catalogue/role-key). Kept free of the AWS SDK
// clients, conf and (unless there are app roles) zod.
import type { RoleView } from '../../../shared/views'
import type { AwsFilePaths } from '../../core/catalogue/aws-file-paths'
import { loadAwsFiles } from '../../core/catalogue/aws-files'
import { buildCatalog } from '../../core/catalogue/config-profiles'
import { looksLikeKey } from '../../core/catalogue/role-key'
import { appRoleView, configRoleView } from '../../core/catalogue/role-views'
import { readRolePreferences } from '../../core/store/role-preferences'
import type { Listing } from '../list-cache'
import { table } from '../output'
import { readSettingsSnapshot, type SettingsSnapshot } from '../settings-snapshot'

export async function listRoles(paths: AwsFilePaths, settingsPath: string, json: boolean): Promise<Listing> {
  return render(await allRoles(paths, settingsPath), json, paths)
}

async function allRoles(paths: AwsFilePaths, settingsPath: string): Promise<{ roles: RoleView[]; problems: string[] }> {
  const settings = readSettingsSnapshot(settingsPath)
  const [files, appRoles] = await Promise.all([loadAwsFiles(paths), appRoleViews(settings)])
  const extras = readRolePreferences((key) => settings.get(key))
  // App roles first, as the core lists them.
  const roles = [...appRoles, ...buildCatalog(files).map((r) => configRoleView(r, extras))]
  return { roles, problems: [...files.fileProblems, ...(settings.problem ? [settings.problem] : [])] }
}

/** Roles added in the app need the contract's schemas (zod) to validate; only loaded when there are some. */
async function appRoleViews(settings: SettingsSnapshot): Promise<RoleView[]> {
  const raw = settings.get('roles')
  if (!Array.isArray(raw) || raw.length === 0) return []
  const { parseRoles } = await import('../../core/store/app-store')
  const extras = readRolePreferences((key) => settings.get(key))
  return parseRoles(raw).map((r) => appRoleView(r, extras))
}

function render({ roles, problems }: { roles: RoleView[]; problems: string[] }, json: boolean, paths: AwsFilePaths): Listing {
  if (json) return { stdout: JSON.stringify(roles, null, 2), warnings: problems }
  if (roles.length === 0) {
    const none = `no roles: no profile in ${paths.config} or ${paths.credentials} has a role_arn, and none were added in the app.`
    return { stdout: '', warnings: [...problems, none] }
  }
  const needsKey = keyNeeded(roles)
  return {
    stdout: table([['NAME', 'ACCOUNT', 'ROLE', 'REGION', 'NOTES'], ...roles.map((role) => row(role, needsKey(role)))]),
    warnings: [...problems, ...roles.flatMap((r) => (r.problem ? [`"${r.displayName}" cannot be used: ${r.problem}`] : []))]
  }
}

/**
 * Which rows the table names by key: app roles (a display name is no identity), and profiles whose name alone
 * does not reach them (another role answers to it, it is written like a key, or its key spells it differently).
 * A key on every row would cost a 5,000-profile table half its size again; `--json` has every key.
 */
function keyNeeded(roles: readonly RoleView[]): (role: RoleView) => boolean {
  // How many roles answer to each name; a config role's display name is its profile name, counted once.
  const users = new Map<string, number>()
  const count = (name: string): void => void users.set(name, (users.get(name) ?? 0) + 1)
  for (const role of roles) {
    const shown = role.displayName.toLowerCase()
    count(shown)
    if (role.profile !== undefined && role.profile.toLowerCase() !== shown) count(role.profile.toLowerCase())
  }
  return (role) =>
    role.origin === 'app' ||
    role.profile === undefined ||
    looksLikeKey(role.profile) ||
    role.key !== `profile.${role.profile}` ||
    (users.get(role.profile.toLowerCase()) ?? 0) > 1
}

function row(role: RoleView, withKey: boolean): string[] {
  // Appended as found rather than filtered from a list: thousands of rows, in a process too young for
  // the optimising compiler, where an array, a filter and a join per row add up to milliseconds.
  let notes = ''
  const note = (text: string): void => void (notes = notes ? `${notes}, ${text}` : text)
  if (role.origin === 'app') note('app')
  if (role.favourite) note('favourite')
  if (role.mfaSerial) note('mfa')
  if (role.chained) note('chained')
  if (role.problem) note('PROBLEM')
  if (withKey) note(`key ${role.key}`)
  return [role.displayName, role.accountId, role.roleName, role.region ?? '', notes]
}
