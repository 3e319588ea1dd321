// Carries out an assume plan: MFA through a cached GetSessionToken session where the base has
// long-term keys, then each hop in turn, with AWS's duration rules applied and explained.
import { CHAINED_SESSION_MAX_SECONDS } from '../../../shared/sts-limits'
import type { AssumePlan, Hop } from './plan'
import type { MfaSessions } from './mfa-sessions'
import { defaultSessionName } from './session-name'
import { StsGateway, type AssumeResult, type CredentialSource } from '../sts'

export interface FlowOptions {
  mfaCode?: string
  /** Overrides the role's own duration for this assume. */
  durationSeconds?: number
  defaultDurationSeconds: number
  mfaSessionSeconds: number
}

export interface FlowResult {
  result: AssumeResult
  durationSeconds: number
  region: string
  notes: string[]
  /** AssumeRole was called directly with long-term keys: the console may be asked for a SessionDuration. */
  fromLongTermKeys: boolean
  /** Secrets met along the way, so error text can be scrubbed of them. */
  secrets: string[]
}

export class MfaRequiredError extends Error {
  override name = 'MfaRequired'
}

export async function runPlan(plan: AssumePlan, gateway: StsGateway, mfa: MfaSessions, options: FlowOptions): Promise<FlowResult> {
  const secrets: string[] = []
  const notes: string[] = []
  const baseCredentials = await plan.base()
  secrets.push(baseCredentials.secretAccessKey, baseCredentials.sessionToken ?? '')
  const baseIsLongTerm = !baseCredentials.sessionToken
  let source: CredentialSource = plan.base
  let viaMfaSession = false
  let directMfa: { serialNumber: string; tokenCode: string } | undefined

  if (plan.mfaSerial) {
    if (baseIsLongTerm) {
      let session = mfa.get(plan.baseKey, plan.mfaSerial)
      if (!session) {
        if (!options.mfaCode) throw new MfaRequiredError(`Enter the code from ${plan.mfaSerial}.`)
        session = await mfa.start(plan.baseKey, plan.base, plan.hops[0]!.target, {
          mfaSerial: plan.mfaSerial,
          code: options.mfaCode,
          durationSeconds: options.mfaSessionSeconds
        })
      }
      secrets.push(session.secretAccessKey, session.sessionToken)
      source = StsGateway.fromTemporary(session)
      viaMfaSession = true
      notes.push('Assumed with your MFA session: console sign-in from it lasts at most 1 hour.')
    } else {
      // Temporary base credentials (SSO, another session) cannot call GetSessionToken; MFA goes on the AssumeRole itself.
      if (!options.mfaCode) throw new MfaRequiredError(`Enter the code from ${plan.mfaSerial}.`)
      directMfa = { serialNumber: plan.mfaSerial, tokenCode: options.mfaCode }
    }
  }

  let last: { result: AssumeResult; durationSeconds: number } | undefined
  for (const [index, hop] of plan.hops.entries()) {
    const final = index === plan.hops.length - 1
    // Every hop after the first is role chaining. A base that is itself a role session (SSO, say) is
    // chaining too, but only STS knows that; the duration fallback below handles its refusal.
    const chained = index > 0
    let requested = final
      ? (options.durationSeconds ?? hop.durationSeconds ?? options.defaultDurationSeconds)
      : CHAINED_SESSION_MAX_SECONDS
    if (chained && requested > CHAINED_SESSION_MAX_SECONDS) {
      if (final) notes.push(`Chained role: AWS caps role-chaining sessions at 1 hour, so this one lasts 1 hour instead of ${hours(requested)}.`)
      requested = CHAINED_SESSION_MAX_SECONDS
    }
    last = await assumeWithFallback(gateway, source, hop, requested, index === 0 ? directMfa : undefined, notes)
    secrets.push(last.result.credentials.secretAccessKey, last.result.credentials.sessionToken)
    source = StsGateway.fromTemporary(last.result.credentials)
  }
  if (!last) throw new Error('Nothing to assume.')
  return {
    ...last,
    region: plan.hops.at(-1)!.target.region,
    notes,
    fromLongTermKeys: plan.hops.length === 1 && baseIsLongTerm && !viaMfaSession,
    secrets
  }
}

/**
 * STS refuses durations above the role's MaxSessionDuration (or 1 h when chaining); rather than fail,
 * retry once with the longest duration that is always allowed, and say so.
 */
async function assumeWithFallback(
  gateway: StsGateway,
  source: CredentialSource,
  hop: Hop,
  durationSeconds: number,
  mfa: { serialNumber: string; tokenCode: string } | undefined,
  notes: string[]
): Promise<{ result: AssumeResult; durationSeconds: number }> {
  const params = {
    roleArn: hop.roleArn,
    sessionName: hop.sessionName ?? defaultSessionName(),
    durationSeconds,
    ...(hop.externalId ? { externalId: hop.externalId } : {}),
    ...(hop.sourceIdentity ? { sourceIdentity: hop.sourceIdentity } : {}),
    ...(hop.sessionTags ? { tags: hop.sessionTags } : {}),
    ...(hop.transitiveTagKeys ? { transitiveTagKeys: hop.transitiveTagKeys } : {}),
    ...(mfa ?? {})
  }
  try {
    return { result: await gateway.assumeRole(source, hop.target, params), durationSeconds }
  } catch (error) {
    const message = (error as Error).message ?? ''
    if (!/DurationSeconds exceeds/i.test(message) || durationSeconds <= CHAINED_SESSION_MAX_SECONDS) throw error
    // A one-time MFA code cannot be sent twice; without one, retrying is safe.
    if (mfa) throw error
    const result = await gateway.assumeRole(source, hop.target, { ...params, durationSeconds: CHAINED_SESSION_MAX_SECONDS })
    const why = /chaining/i.test(message) ? 'roles assumed by role chaining are capped at 1 hour' : "it exceeds the role's maximum session duration"
    notes.push(`Asked for ${hours(durationSeconds)} but AWS refused because ${why}; this session lasts 1 hour.`)
    return { result, durationSeconds: CHAINED_SESSION_MAX_SECONDS }
  }
}

function hours(seconds: number): string {
  const h = seconds / 3600
  return Number.isInteger(h) ? `${h} hour${h === 1 ? '' : 's'}` : `${seconds} seconds`
}
