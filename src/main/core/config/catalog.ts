// The roles defined in the shared AWS config: every profile with a role_arn, checked the way the
// AWS CLI would check it (source chain, credential_source, durations), each with its own problem.
import { parseRoleArn, type RoleArn } from '../../../shared/arn'
import type { AwsFiles, Section } from './aws-files'

export const CREDENTIAL_SOURCES = ['Environment', 'Ec2InstanceMetadata', 'EcsContainer'] as const
export type CredentialSourceName = (typeof CREDENTIAL_SOURCES)[number]

export interface ConfigRole {
  id: string
  profile: string
  roleArn: string
  arn?: RoleArn
  sourceProfile?: string
  credentialSource?: CredentialSourceName
  mfaSerial?: string
  externalId?: string
  durationSeconds?: number
  sessionName?: string
  sourceIdentity?: string
  region?: string
  /** The first hop's source is itself a role, so AWS caps the session at one hour. */
  chained: boolean
  problem?: string
}

export const configRoleId = (profile: string): string => `profile:${profile}`

/** A profile's settings as the SDK sees them: config file keys, overridden by the credentials file. */
export function profileSection(files: Pick<AwsFiles, 'config' | 'credentials'>, name: string): Section | undefined {
  const config = files.config[name]
  const credentials = files.credentials[name]
  if (!config && !credentials) return undefined
  return credentials ? { ...config, ...credentials } : config
}

export function buildCatalog(files: AwsFiles): ConfigRole[] {
  const roles: ConfigRole[] = []
  const names = new Set([...Object.keys(files.config), ...Object.keys(files.credentials)])
  for (const name of names) {
    if (name.includes('.')) continue // sso-session.X and services.X sections are not profiles
    const section = profileSection(files, name)
    if (section?.role_arn !== undefined) roles.push(configRole(files, name, section))
  }
  return roles
}

function configRole(files: AwsFiles, profile: string, s: Section): ConfigRole {
  const arn = parseRoleArn(s.role_arn ?? '')
  const source = s.source_profile ? profileSection(files, s.source_profile) : undefined
  const role: ConfigRole = {
    id: configRoleId(profile),
    profile,
    roleArn: s.role_arn ?? '',
    ...(arn.ok ? { arn: arn.value } : {}),
    ...(s.source_profile ? { sourceProfile: s.source_profile } : {}),
    ...(s.credential_source ? { credentialSource: s.credential_source as CredentialSourceName } : {}),
    // The CLI takes mfa_serial from the role profile, else from its source profile.
    ...optional('mfaSerial', s.mfa_serial ?? source?.mfa_serial),
    ...optional('externalId', s.external_id),
    ...optional('sessionName', s.role_session_name),
    ...optional('sourceIdentity', s.source_identity),
    ...optional('region', s.region),
    chained: Boolean(source?.role_arn) && s.source_profile !== profile
  }
  const problems = [
    ...(files.lineProblems.get(profile) ?? []),
    ...(arn.ok ? [] : [`role_arn: ${arn.error}`]),
    ...durationProblem(s.duration_seconds, role),
    ...sourceProblems(files, profile, s)
  ]
  if (problems.length) role.problem = problems.join(' ')
  return role
}

function durationProblem(raw: string | undefined, role: ConfigRole): string[] {
  if (raw === undefined) return []
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 900 || value > 43200) {
    return [`duration_seconds must be a whole number from 900 to 43200, not "${raw}".`]
  }
  role.durationSeconds = value
  return []
}

function sourceProblems(files: AwsFiles, profile: string, s: Section): string[] {
  if (s.source_profile && s.credential_source) {
    return ['Set either source_profile or credential_source, not both.']
  }
  if (s.credential_source) {
    return (CREDENTIAL_SOURCES as readonly string[]).includes(s.credential_source)
      ? []
      : [`credential_source must be one of ${CREDENTIAL_SOURCES.join(', ')}, not "${s.credential_source}".`]
  }
  if (!s.source_profile) return ['The profile has a role_arn but no source_profile or credential_source.']
  return chainProblems(files, profile)
}

/** Follows source_profile links to a profile with credentials, reporting loops and missing links. */
function chainProblems(files: AwsFiles, start: string): string[] {
  const seen = [start]
  let current = start
  for (;;) {
    const section = profileSection(files, current)
    const next = section?.source_profile
    if (!section?.role_arn || !next || section.credential_source) return []
    // A profile that is its own source uses its own keys (the CLI allows this).
    if (next === current) return []
    if (seen.includes(next)) return [`source_profile loop: ${[...seen, next].join(' → ')}.`]
    if (!profileSection(files, next)) {
      return [`source_profile "${next}" (used by "${current}") does not exist in ${files.paths.config} or ${files.paths.credentials}.`]
    }
    seen.push(next)
    current = next
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string }
}
