// Assuming a role: its plan run against STS (MFA through a kept session where it can), the session built
// from the result, and the "who am I now" check made with the new credentials. Each role shows whether it is
// busy or why its last assume failed; two callers asking at once for the same role share one AssumeRole.
import { fail, ok, type Result } from '../../../shared/result'
import type { RoleActivity, RoleView, SessionView, Settings } from '../../../shared/views'
import type { Timers } from '../ports'
import { type SessionKeeper, toSessionView, type LiveSession } from '../sessions'
import type { SourceIdentity } from '../source'
import { describeError, StsGateway, type TemporaryCredentials } from '../sts'
import { runPlan } from './assume-flow'
import type { MfaSessions } from './mfa-sessions'
import type { Plans } from './plans'

/** Failures that say the source credentials are missing or refused, rather than anything about the role. */
const SOURCE_FAILURES = new Set(['NoCredentials', 'InvalidCredentialsConfig', 'InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken'])

export interface AssumerDeps {
  plans: Plans
  gateway: StsGateway
  mfa: MfaSessions
  source: SourceIdentity
  keeper: SessionKeeper
  timers: Timers
  settings(): Settings
  role(id: string): RoleView | undefined
  /** A new session is in place: hand it on (credentials file) and note the role as used. */
  onAssumed(session: LiveSession): Promise<void>
  onChange(): void
}

export class Assumer {
  private readonly activity = new Map<string, RoleActivity>()
  private readonly pending = new Map<string, Promise<Result<SessionView>>>()

  constructor(private readonly deps: AssumerDeps) {}

  activities(): Record<string, RoleActivity> {
    return Object.fromEntries(this.activity)
  }

  /** The role changed or went: what it was doing no longer applies. */
  forget(roleId: string): void {
    this.activity.delete(roleId)
  }

  /** The source credentials work now: a last failure that blamed them, on a role they serve, is no longer true. */
  sourceConfirmed(servedBySource: (roleId: string) => boolean): void {
    for (const [roleId, { error }] of this.activity) {
      if (error && SOURCE_FAILURES.has(error.code) && servedBySource(roleId)) this.activity.delete(roleId)
    }
  }

  async assume(roleId: string, mfaCode?: string, durationSeconds?: number): Promise<Result<SessionView>> {
    this.setActivity(roleId, { busy: true })
    const result = await this.live(roleId, mfaCode, durationSeconds)
    if (!result.ok) {
      this.setActivity(roleId, { busy: false, ...(result.error.needsMfaCode ? {} : { error: result.error }) })
      return result
    }
    this.deps.keeper.put(result.value)
    await this.deps.onAssumed(result.value)
    this.activity.delete(roleId)
    this.deps.onChange()
    void this.confirmIdentity(result.value)
    return ok(toSessionView(result.value, true))
  }

  /**
   * A live session's credentials, assuming the role first when there is none (or when a specific
   * duration is asked for). For the CLI only: secrets never leave main through IPC.
   */
  async credentialsFor(
    roleId: string,
    options: { mfaCode?: string; durationSeconds?: number } = {}
  ): Promise<Result<{ credentials: TemporaryCredentials; region: string }>> {
    const live = this.deps.keeper.live(roleId)
    if (!live.ok || options.durationSeconds !== undefined) {
      const key = `${roleId}\n${options.durationSeconds ?? ''}`
      let pending = this.pending.get(key)
      if (!pending) {
        pending = this.assume(roleId, options.mfaCode, options.durationSeconds).finally(() => this.pending.delete(key))
        this.pending.set(key, pending)
      }
      const assumed = await pending
      if (!assumed.ok) return assumed
    }
    const session = this.deps.keeper.get(roleId)!
    return ok({ credentials: session.credentials, region: session.region })
  }

  /** Runs the role's plan and builds the session, without storing it: shared by assume and refresh. */
  async live(roleId: string, mfaCode?: string, durationSeconds?: number): Promise<Result<LiveSession>> {
    const plan = this.deps.plans.planFor(roleId)
    if ('ok' in plan) return plan
    const role = this.deps.role(roleId)!
    const settings = this.deps.settings()
    let secrets: string[] = []
    try {
      const [flow, sourceArn] = await Promise.all([
        runPlan(plan, this.deps.gateway, this.deps.mfa, {
          ...(mfaCode ? { mfaCode } : {}),
          defaultDurationSeconds: settings.defaultDurationSeconds,
          mfaSessionSeconds: settings.mfaSessionSeconds,
          ...(durationSeconds ? { durationSeconds } : {})
        }),
        this.deps.source.arnOf(plan.base, plan.baseKey, plan.hops[0]!.target)
      ])
      secrets = flow.secrets
      // AWS refuses SessionDuration for these, so the console session it opens is capped at one hour.
      if (!flow.fromLongTermKeys && !flow.notes.some((n) => n.includes('console'))) {
        flow.notes.push('Console sign-in from this session lasts at most 1 hour.')
      }
      return ok({
        roleId,
        credentials: flow.result.credentials,
        assumedRoleArn: flow.result.assumedRoleArn,
        sourceArn,
        partition: role.partition as LiveSession['partition'],
        region: flow.region,
        startedAt: this.deps.timers.now(),
        durationSeconds: flow.durationSeconds,
        fromLongTermKeys: flow.fromLongTermKeys,
        identityCheck: 'pending',
        status: 'live',
        ...(flow.notes.length ? { note: flow.notes.join(' ') } : {})
      })
    } catch (error) {
      let view = describeError(error, secrets)
      // A missing, wrong or reused code keeps the prompt open; other refusals are not about the code.
      const codeRejected = view.code === 'AccessDenied' && /MultiFactorAuthentication/i.test(view.detail)
      if (plan.mfaSerial && (view.code === 'MfaRequired' || codeRejected)) {
        if (codeRejected) view = describeError(error, secrets, 'MfaCodeRejected')
        view.needsMfaCode = true
      }
      return fail(view)
    }
  }

  /** The "who am I now" check from the AWS examples, made with the new credentials. */
  async confirmIdentity(session: LiveSession): Promise<void> {
    let check: LiveSession['identityCheck']
    try {
      const identity = await this.deps.gateway.callerIdentity(StsGateway.fromTemporary(session.credentials), { region: session.region })
      check = identity.arn === session.assumedRoleArn ? 'confirmed' : 'failed'
    } catch {
      check = 'failed'
    }
    if (this.deps.keeper.get(session.roleId) !== session) return
    session.identityCheck = check
    this.deps.onChange()
  }

  private setActivity(roleId: string, activity: RoleActivity): void {
    this.activity.set(roleId, activity)
    this.deps.onChange()
  }
}
