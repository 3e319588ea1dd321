// Who the source credentials are: the profile app roles are assumed from, its region, and the identity AWS
// confirms for it (GetCallerIdentity), checked once at a time and again when the source profile changes. The
// "before" identity of any other plan's base is asked once and kept.
import type { SourceView } from '../../../shared/views'
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { describeError, type StsGateway, type StsTarget } from '../sts'
import { FALLBACK_REGION, SourceCredentials } from './source-credentials'

export interface SourceIdentityDeps {
  env: NodeJS.ProcessEnv
  gateway: StsGateway
  /** The settings' source profile (null: the SDK's default) and default region. */
  settings(): { sourceProfile: string | null; defaultRegion: string | null }
  /** The source's region became known: plans made before it used the fallback. */
  onRegion(): void
  /** AWS confirmed who the source is: failures that blamed its credentials are stale now. */
  onConfirmed(): void
  onChange(): void
}

export class SourceIdentity {
  private readonly credentials: SourceCredentials
  private shown: SourceView
  private region: string | undefined
  private checking: Promise<SourceView> | undefined
  private readonly arns = new Map<string, string>()

  constructor(private readonly deps: SourceIdentityDeps) {
    this.credentials = new SourceCredentials(deps.env)
    this.shown = { status: 'checking', profile: this.profileName() }
  }

  view(): SourceView {
    return this.shown
  }

  /** Who the source credentials are; concurrent callers share one check. */
  refresh(): Promise<SourceView> {
    this.checking ??= this.check().finally(() => {
      this.checking = undefined
    })
    return this.checking
  }

  /** The source profile setting changed: resolve its credentials afresh and say who they are. */
  profileChanged(): void {
    this.credentials.forget()
    void this.refresh()
  }

  /** The base of every app role's plan: the source's credentials, and the key caches know them by. */
  appBase(): { base: AwsCredentialIdentityProvider; baseKey: string } {
    return { base: this.credentials.provider(this.deps.settings().sourceProfile), baseKey: this.baseKey() }
  }

  defaultRegion(): string {
    return this.deps.settings().defaultRegion ?? this.region ?? FALLBACK_REGION
  }

  /** The "before" identity of a plan's base: GetCallerIdentity once per base, then kept. */
  async arnOf(base: AwsCredentialIdentityProvider, baseKey: string, target: StsTarget): Promise<string> {
    const known = this.arns.get(baseKey)
    if (known) return known
    const identity = await this.deps.gateway.callerIdentity(base, target)
    this.arns.set(baseKey, identity.arn)
    return identity.arn
  }

  private profileName(): string {
    return this.credentials.profileName(this.deps.settings().sourceProfile)
  }

  private baseKey(): string {
    return `source ${this.profileName()}`
  }

  private async check(): Promise<SourceView> {
    const setting = this.deps.settings().sourceProfile
    const profile = this.profileName()
    this.show({ status: 'checking', profile })
    try {
      this.region = await this.credentials.region(setting)
      this.deps.onRegion()
      const identity = await this.deps.gateway.callerIdentity(this.credentials.provider(setting), { region: this.defaultRegion() })
      this.arns.set(this.baseKey(), identity.arn)
      this.deps.onConfirmed()
      this.show({ status: 'ok', profile, arn: identity.arn, accountId: identity.accountId })
    } catch (error) {
      const view = describeError(error)
      this.show({ status: view.code === 'NoCredentials' ? 'none' : 'error', profile, error: view })
    }
    return this.shown
  }

  private show(view: SourceView): void {
    this.shown = view
    this.deps.onChange()
  }
}
