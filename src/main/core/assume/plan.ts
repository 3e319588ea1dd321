// Turns a role into an assume plan: the base credentials and the roles to assume in order, with each
// hop's region and STS endpoint resolved the way the AWS CLI does. Only the chosen chain is resolved.
import { fromContainerMetadata, fromEnv, fromIni, fromInstanceMetadata } from '@aws-sdk/credential-providers'
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { StsTarget } from '../sts'
import { type AwsFiles, type Section, MAX_CHAIN_PROFILES, profileSection, SESSION_TAGS_KEY, TRANSITIVE_TAG_KEYS_KEY, type ConfigRole, type CredentialSourceName } from '../catalogue'
import { parseSessionTags, type SessionTag } from '../../../shared/session-tags'

export interface Hop {
  roleArn: string
  /** Undefined: use the session name default. */
  sessionName?: string
  durationSeconds?: number
  externalId?: string
  sourceIdentity?: string
  sessionTags?: SessionTag[]
  transitiveTagKeys?: string[]
  /** The MFA device declared on this hop's profile, when the base cannot carry MFA itself. */
  mfaSerial?: string
  target: StsTarget
}

export interface AssumePlan {
  base: AwsCredentialIdentityProvider
  /** Identifies the base for caches (MFA sessions, source identity), e.g. "profile base". */
  baseKey: string
  /** The MFA device the chain needs, if any. */
  mfaSerial?: string
  hops: Hop[]
}

export interface PlanContext {
  defaultRegion: string
  env: NodeJS.ProcessEnv
}

const SOURCES: Record<CredentialSourceName, () => AwsCredentialIdentityProvider> = {
  Environment: () => fromEnv(),
  Ec2InstanceMetadata: () => fromInstanceMetadata(),
  EcsContainer: () => fromContainerMetadata()
}

export function planForConfigRole(files: AwsFiles, role: ConfigRole, ctx: PlanContext): AssumePlan {
  const hops: Hop[] = []
  let mfaSerial: string | undefined
  let current = role.profile
  for (let depth = 0; depth < MAX_CHAIN_PROFILES; depth++) {
    const s = profileSection(files, current)
    if (!s) throw new Error(`Profile "${current}" no longer exists.`)
    if (!s.role_arn) {
      mfaSerial ??= s.mfa_serial
      return { base: fromIni({ profile: current, ignoreCache: true }), baseKey: `profile ${current}`, ...opt(mfaSerial), hops }
    }
    hops.unshift(hopFor(files, s, ctx))
    mfaSerial ??= s.mfa_serial
    const next = s.source_profile
    if (s.credential_source) {
      // An own-key check, so a value such as "constructor" is refused rather than called.
      if (!Object.hasOwn(SOURCES, s.credential_source)) throw new Error(`Profile "${current}" has an unknown credential_source "${s.credential_source}".`)
      return { base: SOURCES[s.credential_source as CredentialSourceName](), baseKey: s.credential_source, ...opt(mfaSerial), hops }
    }
    if (next === current) {
      return { base: staticKeys(s, current), baseKey: `profile ${current}`, ...opt(mfaSerial), hops }
    }
    if (!next) throw new Error(`Profile "${current}" has no source_profile or credential_source.`)
    current = next
  }
  throw new Error(`The source_profile chain of "${role.profile}" is too deep.`)
}

function hopFor(files: AwsFiles, s: Section, ctx: PlanContext): Hop {
  const duration = s.duration_seconds ? Number(s.duration_seconds) : undefined
  return {
    roleArn: s.role_arn!,
    ...(s.role_session_name ? { sessionName: s.role_session_name } : {}),
    ...(duration ? { durationSeconds: duration } : {}),
    ...(s.external_id ? { externalId: s.external_id } : {}),
    ...(s.source_identity ? { sourceIdentity: s.source_identity } : {}),
    ...hopTags(s[SESSION_TAGS_KEY], s[TRANSITIVE_TAG_KEYS_KEY]),
    ...(s.mfa_serial ? { mfaSerial: s.mfa_serial } : {}),
    target: stsTarget(files, s, ctx)
  }
}

/** A hop's session tags from their written form; throws the reason when they are not valid. */
export function hopTags(tagsText: string | undefined, transitiveText: string | undefined): Pick<Hop, 'sessionTags' | 'transitiveTagKeys'> {
  if (tagsText === undefined && transitiveText === undefined) return {}
  const parsed = parseSessionTags(tagsText ?? '', transitiveText ?? '')
  if (!parsed.ok) throw new Error(parsed.error)
  const { tags, transitiveTagKeys } = parsed.value
  return { ...(tags.length > 0 ? { sessionTags: tags } : {}), ...(transitiveTagKeys.length > 0 ? { transitiveTagKeys } : {}) }
}

/**
 * The SDK already honours AWS_ENDPOINT_URL_STS and AWS_ENDPOINT_URL; a profile's own services section,
 * endpoint_url or sts_regional_endpoints = legacy apply only when neither is set.
 */
export function stsTarget(files: Pick<AwsFiles, 'config'>, s: Section, ctx: PlanContext): StsTarget {
  const region = s.region || ctx.defaultRegion
  if (ctx.env.AWS_ENDPOINT_URL_STS || ctx.env.AWS_ENDPOINT_URL) return { region }
  const services = s.services ? files.config[`services.${s.services}`] : undefined
  const endpoint = services?.['sts.endpoint_url'] ?? s.endpoint_url
  if (endpoint) return { region, endpoint }
  if (s.sts_regional_endpoints === 'legacy') return { region: 'us-east-1', endpoint: 'https://sts.amazonaws.com' }
  return { region }
}

function staticKeys(s: Section, profile: string): AwsCredentialIdentityProvider {
  const { aws_access_key_id: accessKeyId, aws_secret_access_key: secretAccessKey, aws_session_token: sessionToken } = s
  return async () => {
    if (!accessKeyId || !secretAccessKey) {
      throw Object.assign(new Error(`Profile "${profile}" is its own source_profile but has no access keys.`), {
        name: 'CredentialsProviderError'
      })
    }
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) }
  }
}

function opt(mfaSerial: string | undefined): { mfaSerial?: string } {
  return mfaSerial ? { mfaSerial } : {}
}
