// Source credentials for AssumeRole: the SDK's default provider chain for the chosen profile
// (environment, shared files, SSO, credential_process…), plus the region the SDK would use for it.
import { fromNodeProviderChain } from '@aws-sdk/credential-providers'
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader'
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types'

export const FALLBACK_REGION = 'us-east-1'

export class SourceCredentials {
  private cached: { profile: string | null; provider: AwsCredentialIdentityProvider } | undefined

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** The name shown to the user: the chosen profile, else AWS_PROFILE, else "default". */
  profileName(profile: string | null): string {
    return profile ?? this.env.AWS_PROFILE ?? 'default'
  }

  /** One memoized provider per profile, so credentials are resolved once and refreshed by the SDK. */
  provider(profile: string | null): AwsCredentialIdentityProvider {
    if (this.cached?.profile !== profile) {
      this.cached = { profile, provider: fromNodeProviderChain(profile ? { profile } : {}) }
    }
    return this.cached.provider
  }

  forget(): void {
    this.cached = undefined
  }

  /** AWS_REGION, AWS_DEFAULT_REGION, then the profile's `region`, as the SDK and CLI resolve it. */
  async region(profile: string | null): Promise<string | undefined> {
    const fromEnv = this.env.AWS_REGION || this.env.AWS_DEFAULT_REGION
    if (fromEnv) return fromEnv
    // An unreadable config file must not block a switch: the caller falls back to a default region.
    const files = await loadSharedConfigFiles({ ignoreCache: true }).catch(() => undefined)
    return files?.configFile[this.profileName(profile)]?.region
  }
}
