// The STS actions themselves: trust, MFA, external ID and duration rules, and the result each one returns.
import type { Caller, Directory } from './principals'
import type { SessionStore, IssuedSession } from './sessions'
import type { MfaVerifier } from './mfa'
import type { XmlFields } from './xml'
import { roleSessionCaller, trusts, userCaller } from './principals'
import { Validator } from './validation'
import { StsError, accessDenied, notAuthorized } from './errors'
import { isoSeconds } from './clock'

export interface ActionContext {
  directory: Directory
  sessions: SessionStore
  mfa: MfaVerifier
  now: number
}

type Action = (params: Record<string, string>, caller: Caller, ctx: ActionContext) => XmlFields

const NAME_PATTERN = '[\\w+=,.@-]*'
const MFA_RULES = {
  serial: { min: 9, max: 256, pattern: '[\\w+=/:,.@-]*' },
  code: { min: 6, max: 6, pattern: '[\\d]*' }
}
const CHAINED_SESSION_LIMIT = 3600
/** Session policies and tags share a packed budget that AWS reports as a percentage. */
const PACKED_POLICY_BUDGET = 2048

const credentials = (session: IssuedSession): XmlFields => ({
  AccessKeyId: session.accessKeyId,
  SecretAccessKey: session.secretAccessKey,
  SessionToken: session.sessionToken,
  Expiration: isoSeconds(session.expiresAt)
})

/** Verifies MFA whenever it is presented (AWS does, even if nothing requires it); reports whether it was. */
function presentedMfa(ctx: ActionContext, caller: Caller, serialNumber?: string, tokenCode?: string): boolean {
  if (serialNumber === undefined && tokenCode === undefined) return false
  ctx.mfa.verify(caller.user, serialNumber, tokenCode)
  return true
}

function packedPolicySize(params: Record<string, string>): number {
  const packed = Object.entries(params)
    .filter(([name]) => name === 'Policy' || name.startsWith('Tags.member.') || name.startsWith('PolicyArns.member.'))
    .reduce((bytes, [, value]) => bytes + value.length, 0)
  const percent = Math.ceil((packed * 100) / PACKED_POLICY_BUDGET)
  if (percent > 100) throw new StsError('PackedPolicyTooLarge', `Packed policy consumes ${percent}% of allotted space, please use smaller policy.`)
  return percent
}

const TAG_RULES = {
  key: { min: 1, max: 128, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+' },
  value: { min: 0, max: 256, pattern: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*' }
}

/** Tags.member.N.Key/Value and TransitiveTagKeys.member.N, checked as STS checks them. */
function sessionTags(params: Record<string, string>, v: Validator): { key: string; value: string }[] {
  const tags: { key: string; value: string }[] = []
  for (let n = 1; params[`Tags.member.${n}.Key`] !== undefined; n++) {
    const key = v.optional(`Tags.member.${n}.Key`, TAG_RULES.key)!
    tags.push({ key, value: v.optional(`Tags.member.${n}.Value`, TAG_RULES.value) ?? '' })
  }
  if (tags.length > 50) throw new StsError('ValidationError', `1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50`)
  const keys = new Set(tags.map((t) => t.key.toLowerCase()))
  if (keys.size < tags.length) throw new StsError('InvalidParameterValue', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.')
  for (let n = 1; params[`TransitiveTagKeys.member.${n}`] !== undefined; n++) {
    if (!keys.has(params[`TransitiveTagKeys.member.${n}`]!.toLowerCase())) {
      throw new StsError('InvalidParameterValue', 'The specified transitive tag key must be included in the requested tags.')
    }
  }
  return tags
}

const getCallerIdentity: Action = (_params, caller) => ({
  UserId: caller.userId,
  Account: caller.trust.account,
  Arn: caller.arn
})

const assumeRole: Action = (params, caller, ctx) => {
  const v = new Validator(params)
  const roleArn = v.required('RoleArn', { min: 20, max: 2048 })
  const sessionName = v.required('RoleSessionName', { min: 2, max: 64, pattern: NAME_PATTERN })
  const duration = v.integer('DurationSeconds', { min: 900, max: 43200 }) ?? 3600
  const externalId = v.optional('ExternalId', { min: 2, max: 1224, pattern: '[\\w+=,.@:\\/-]*' })
  const serialNumber = v.optional('SerialNumber', MFA_RULES.serial)
  const tokenCode = v.optional('TokenCode', MFA_RULES.code)
  const sourceIdentity = v.optional('SourceIdentity', { min: 2, max: 64, pattern: NAME_PATTERN })
  const tags = sessionTags(params, v)
  v.done()

  const known = ctx.directory.role(roleArn)
  const denied = notAuthorized(caller.arn, 'AssumeRole', roleArn)
  if (!known || !trusts(known, caller)) throw denied
  const { role } = known
  if (role.externalId !== undefined && externalId !== role.externalId) throw denied
  if (tags.length > 0 && !role.allowTagSession) throw notAuthorized(caller.arn, 'TagSession', roleArn)
  if (caller.kind === 'assumed-role' && duration > CHAINED_SESSION_LIMIT) {
    throw new StsError('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.')
  }
  if (duration > (role.maxSessionDuration ?? 3600)) {
    throw new StsError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  }
  const packed = packedPolicySize(params)
  const mfa = presentedMfa(ctx, caller, serialNumber, tokenCode)
  if (role.requireMfa && !mfa && !caller.mfaAuthenticated) throw denied

  const identity = roleSessionCaller(known.arn, sessionName)
  const session = ctx.sessions.issue(identity, caller.kind, ctx.now + duration * 1000)
  return {
    Credentials: credentials(session),
    AssumedRoleUser: { AssumedRoleId: identity.userId, Arn: identity.arn },
    PackedPolicySize: packed,
    SourceIdentity: sourceIdentity
  }
}

const getSessionToken: Action = (params, caller, ctx) => {
  if (caller.kind !== 'long-term' || !caller.user) throw accessDenied('Cannot call GetSessionToken with session credentials')
  const v = new Validator(params)
  const duration = v.integer('DurationSeconds', { min: 900, max: 129600 }) ?? 43200
  const serialNumber = v.optional('SerialNumber', MFA_RULES.serial)
  const tokenCode = v.optional('TokenCode', MFA_RULES.code)
  v.done()

  const mfa = presentedMfa(ctx, caller, serialNumber, tokenCode)
  const session = ctx.sessions.issue(userCaller(caller.user, 'session-token', mfa), caller.kind, ctx.now + duration * 1000)
  return { Credentials: credentials(session) }
}

const ACTIONS = new Map<string, Action>([
  ['GetCallerIdentity', getCallerIdentity],
  ['AssumeRole', assumeRole],
  ['GetSessionToken', getSessionToken]
])

export function runAction(action: string, params: Record<string, string>, caller: Caller, ctx: ActionContext): XmlFields {
  const run = ACTIONS.get(action)
  if (!run) throw new StsError('InvalidAction', `Could not find operation ${action} for version 2011-06-15`)
  return run(params, caller, ctx)
}
