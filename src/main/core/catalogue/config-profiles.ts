// The roles defined in the shared AWS config: every profile with a role_arn, checked the way the
// AWS CLI would check it (source chain, credential_source, durations), each with its own problem.
import { matchRoleArn, parseRoleArn, type Partition } from '../../../shared/arn'
import { parseSessionTags } from '../../../shared/session-tags'
import { isRoleSessionSeconds, ROLE_SESSION_SECONDS } from '../../../shared/sts-limits'
import type { AwsFiles } from './aws-files'
import { type Section, isKindPrefixed } from './sdk-sections'

export const CREDENTIAL_SOURCES = ['Environment', 'Ec2InstanceMetadata', 'EcsContainer'] as const
export type CredentialSourceName = (typeof CREDENTIAL_SOURCES)[number]

export interface ConfigRole {
  id: string
  profile: string
  roleArn: string
  /** From a valid role_arn only. */
  partition?: Partition
  accountId?: string
  roleName?: string
  sourceProfile?: string
  credentialSource?: CredentialSourceName
  mfaSerial?: string
  externalId?: string
  durationSeconds?: number
  sessionName?: string
  sourceIdentity?: string
  /** rolecall_session_tags and rolecall_transitive_tag_keys, as written. */
  sessionTags?: string
  transitiveTagKeys?: string
  region?: string
  /** The first hop's source is itself a role, so AWS caps the session at one hour. */
  chained: boolean
  problem?: string
}

/** Rolecall's own profile keys for session tags: the AWS CLI has none, and ignores keys it does not know. */
export const SESSION_TAGS_KEY = 'rolecall_session_tags'
export const TRANSITIVE_TAG_KEYS_KEY = 'rolecall_transitive_tag_keys'

export const configRoleId = (profile: string): string => `profile:${profile}`

/** The most profiles an assume plan follows along source_profile links, the base included. */
export const MAX_CHAIN_PROFILES = 64

/** A profile's settings as the SDK sees them: config file keys, overridden by the credentials file. */
export function profileSection(files: Pick<AwsFiles, 'config' | 'credentials'>, name: string): Section | undefined {
  const config = files.config[name]
  const credentials = files.credentials[name]
  if (!config && !credentials) return undefined
  return credentials ? { ...config, ...credentials } : config
}

export function buildCatalog(files: AwsFiles): ConfigRole[] {
  const lookup = profileLookup(files)
  const roles: ConfigRole[] = []
  const inBoth = new Set(Object.keys(files.credentials).filter((name) => files.config[name]))
  const { names, sections } = files.configProfiles
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    // A profile in both files has the keys of both. Few are, and looking up each name in the
    // credentials file cost as much as the rest of the walk.
    const section = inBoth.size > 0 && inBoth.has(name) ? lookup(name)! : sections[i]!
    if (section.role_arn !== undefined) roles.push(configRole(files, lookup, name, section))
  }
  for (const name of Object.keys(files.credentials)) {
    const section = files.credentials[name]!
    // A [profile NAME] header there is read as "profile.NAME", which no one means (see aws-files).
    if (files.config[name] || isKindPrefixed(name)) continue
    if (section.role_arn !== undefined) roles.push(configRole(files, lookup, name, section))
  }
  return roles
}

type Lookup = (name: string) => Section | undefined

/**
 * profileSection for one catalogue build. With thousands of profiles each looked up several times (as a
 * role, as a source, along chains), merging the few that are in both files once instead of per lookup
 * is what keeps the build cheap.
 */
function profileLookup(files: Pick<AwsFiles, 'config' | 'credentials'>): Lookup {
  const merged = new Map(Object.keys(files.credentials).map((name) => [name, profileSection(files, name)]))
  const { config } = files
  return (name) => merged.get(name) ?? config[name]
}

function configRole(files: AwsFiles, lookup: Lookup, profile: string, s: Section): ConfigRole {
  const roleArn = s.role_arn ?? ''
  const arn = matchRoleArn(roleArn)
  // Every field in the literal, so each role is a single allocation: a build holds the whole parsed
  // config, which a garbage collection during it has to copy.
  const role: ConfigRole = {
    id: configRoleId(profile),
    profile,
    roleArn,
    partition: arn?.partition,
    accountId: arn?.accountId,
    roleName: arn?.roleName,
    sourceProfile: undefined,
    credentialSource: undefined,
    mfaSerial: undefined,
    externalId: undefined,
    durationSeconds: undefined,
    sessionName: undefined,
    sourceIdentity: undefined,
    sessionTags: undefined,
    transitiveTagKeys: undefined,
    region: undefined,
    chained: false,
    problem: undefined
  }
  let durationIssue: string | undefined
  // One pass over the keys the profile has, rather than a lookup for each key it might have: sections come
  // in many shapes, and looking up an absent key on each was most of the cost of a large catalogue.
  for (const key in s) {
    const value = s[key]
    if (value === undefined) continue
    switch (key) {
      // Every role has one, and a string switch compares case by case, so it is settled first.
      case 'role_arn':
        break
      case 'source_profile':
        if (value) role.sourceProfile = value
        break
      case 'credential_source':
        if (value) role.credentialSource = value as CredentialSourceName
        break
      case 'mfa_serial':
        if (value) role.mfaSerial = value
        break
      case 'external_id':
        if (value) role.externalId = value
        break
      case 'role_session_name':
        if (value) role.sessionName = value
        break
      case 'source_identity':
        if (value) role.sourceIdentity = value
        break
      case 'region':
        if (value) role.region = value
        break
      case 'duration_seconds':
        durationIssue = readDuration(value, role)
        break
      case SESSION_TAGS_KEY:
        role.sessionTags = value
        break
      case TRANSITIVE_TAG_KEYS_KEY:
        role.transitiveTagKeys = value
    }
  }
  const source = role.sourceProfile ? lookup(role.sourceProfile) : undefined
  // The CLI takes mfa_serial from the role profile, else from its source profile.
  if (!role.mfaSerial && source?.mfa_serial) role.mfaSerial = source.mfa_serial
  role.chained = Boolean(source?.role_arn) && role.sourceProfile !== profile
  // Most profiles have no problem, so the list of them is only built when there is one.
  const lines = files.lineProblems.get(profile)
  const sourceIssue = sourceProblem(files, lookup, role, source)
  const tagsIssue = role.sessionTags !== undefined || role.transitiveTagKeys !== undefined ? tagsProblem(role) : undefined
  if (lines || !arn || durationIssue || sourceIssue || tagsIssue) {
    const invalid = arn ? undefined : parseRoleArn(roleArn)
    const problems = [...(lines ?? []), invalid && !invalid.ok ? `role_arn: ${invalid.error}` : undefined, durationIssue, sourceIssue, tagsIssue]
    role.problem = problems.filter(Boolean).join(' ')
  }
  return role
}

/** Sets the role's duration, or returns why it cannot. */
function readDuration(raw: string, role: ConfigRole): string | undefined {
  const value = Number(raw)
  if (!isRoleSessionSeconds(value)) {
    return `duration_seconds must be a whole number from ${ROLE_SESSION_SECONDS.min} to ${ROLE_SESSION_SECONDS.max}, not "${raw}".`
  }
  role.durationSeconds = value
  return undefined
}

function tagsProblem(role: ConfigRole): string | undefined {
  const parsed = parseSessionTags(role.sessionTags ?? '', role.transitiveTagKeys ?? '')
  return parsed.ok ? undefined : `${SESSION_TAGS_KEY}: ${parsed.error}`
}

function sourceProblem(files: AwsFiles, lookup: Lookup, role: ConfigRole, source: Section | undefined): string | undefined {
  const own = sourceSettingsProblem(role.sourceProfile, role.credentialSource)
  if (own || !role.sourceProfile) return own
  return chainProblem(files, lookup, role.profile, role.sourceProfile, source)
}

/** What is wrong with a role profile's own way to its source credentials, if anything. */
function sourceSettingsProblem(sourceProfile: string | undefined, credentialSource: string | undefined): string | undefined {
  if (sourceProfile && credentialSource) return 'Set either source_profile or credential_source, not both.'
  if (credentialSource) {
    return (CREDENTIAL_SOURCES as readonly string[]).includes(credentialSource)
      ? undefined
      : `credential_source must be one of ${CREDENTIAL_SOURCES.join(', ')}, not "${credentialSource}".`
  }
  return sourceProfile ? undefined : 'The profile has a role_arn but no source_profile or credential_source.'
}

/**
 * Follows source_profile links to a profile with credentials, reporting loops, missing links, roles
 * along the way that have no usable source, and chains longer than a plan follows. The bound also keeps
 * a catalogue of long chains from taking time in the square of their length.
 */
function chainProblem(files: AwsFiles, lookup: Lookup, start: string, source: string, sourceSection: Section | undefined): string | undefined {
  // The profiles followed so far, allocated only once the chain passes a second role: most roles' source
  // has keys, and a catalogue build, which holds the whole parsed config, pays for allocations in GC time.
  let path: string[] | undefined
  let current = start
  let next = source
  let section = sourceSection
  // Each turn, `current` is a role whose source is `next`, already looked up as `section`.
  for (;;) {
    // A profile that is its own source uses its own keys (the CLI allows this).
    if (next === current) return undefined
    if (current !== start) (path ??= [start]).push(current)
    if (next === start || path?.includes(next)) return `source_profile loop: ${[...(path ?? [start]), next].join(' → ')}.`
    if ((path?.length ?? 1) >= MAX_CHAIN_PROFILES) {
      return `The source_profile chain from "${start}" is more than ${MAX_CHAIN_PROFILES} profiles long; Rolecall follows at most that many.`
    }
    if (!section) {
      return `source_profile "${next}" (used by "${current}") does not exist in ${files.paths.config} or ${files.paths.credentials}.`
    }
    if (!section.role_arn) return undefined
    const issue = sourceSettingsProblem(section.source_profile, section.credential_source)
    if (issue) return `source_profile "${next}" (used by "${current}") cannot be used: ${issue}`
    if (section.credential_source) return undefined
    current = next
    next = section.source_profile!
    section = lookup(next)
  }
}
