// Every STS call Rolecall makes, through the real SDK client, with timeouts, bounded retries and
// the server's clock offset captured so expiries can be shown on this machine's clock.
import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
  STSClient,
  type AssumeRoleCommandInput,
  type Credentials
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { SessionTag } from '../../../shared/session-tags'
import { boundedResponse, MAX_RESPONSE_BYTES } from './bounded-response'

export interface TemporaryCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  /** Expiry on this machine's clock (STS Expiration corrected by the measured offset), epoch ms. */
  expiresAt: number
}

export interface CallerIdentity {
  arn: string
  accountId: string
  userId: string
}

export interface AssumeParams {
  roleArn: string
  sessionName: string
  durationSeconds: number
  externalId?: string
  serialNumber?: string
  tokenCode?: string
  sourceIdentity?: string
  tags?: SessionTag[]
  transitiveTagKeys?: string[]
}

export interface AssumeResult {
  credentials: TemporaryCredentials
  assumedRoleArn: string
}

export type CredentialSource = AwsCredentialIdentity | AwsCredentialIdentityProvider

/** Where a call goes: the signing region, and an explicit endpoint when the profile names one. */
export interface StsTarget {
  region: string
  endpoint?: string
}

export interface GatewayOptions {
  requestTimeoutMs?: number
  connectionTimeoutMs?: number
  maxAttempts?: number
}

// The Date header has one-second resolution, so smaller offsets are noise rather than skew.
const SKEW_THRESHOLD_MS = 2000

export class StsGateway {
  private readonly clients = new WeakMap<object, Map<string, STSClient>>()

  /** Plain credentials as a source; the same object is reused so its client stays cached. */
  static fromTemporary(c: TemporaryCredentials): AwsCredentialIdentity {
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken, expiration: new Date(c.expiresAt) }
  }
  private offsetMs = 0

  constructor(
    private readonly options: GatewayOptions = {},
    private readonly now: () => number = Date.now
  ) {}

  /** Server time minus local time, as last measured; 0 when the clocks agree. */
  get clockOffsetMs(): number {
    return this.offsetMs
  }

  async callerIdentity(source: CredentialSource, target: StsTarget): Promise<CallerIdentity> {
    const out = await this.client(source, target).send(new GetCallerIdentityCommand({}))
    if (!out.Arn || !out.Account) throw malformed('GetCallerIdentity returned no ARN or account.')
    return { arn: out.Arn, accountId: out.Account, userId: out.UserId ?? '' }
  }

  async assumeRole(source: CredentialSource, target: StsTarget, params: AssumeParams): Promise<AssumeResult> {
    const input: AssumeRoleCommandInput = {
      RoleArn: params.roleArn,
      RoleSessionName: params.sessionName,
      DurationSeconds: params.durationSeconds,
      ExternalId: params.externalId,
      SerialNumber: params.serialNumber,
      TokenCode: params.tokenCode,
      SourceIdentity: params.sourceIdentity,
      Tags: params.tags?.map(({ key, value }) => ({ Key: key, Value: value })),
      TransitiveTagKeys: params.transitiveTagKeys
    }
    const out = await this.client(source, target).send(new AssumeRoleCommand(input))
    if (!out.AssumedRoleUser?.Arn) throw malformed('AssumeRole returned no assumed-role ARN.')
    return { credentials: this.temporary(out.Credentials, 'AssumeRole'), assumedRoleArn: out.AssumedRoleUser.Arn }
  }

  /** An MFA-authenticated session for long-term keys, which later AssumeRole calls can reuse. */
  async sessionToken(
    source: CredentialSource,
    target: StsTarget,
    params: { durationSeconds: number; serialNumber: string; tokenCode: string }
  ): Promise<TemporaryCredentials> {
    const out = await this.client(source, target).send(
      new GetSessionTokenCommand({
        DurationSeconds: params.durationSeconds,
        SerialNumber: params.serialNumber,
        TokenCode: params.tokenCode
      })
    )
    return this.temporary(out.Credentials, 'GetSessionToken')
  }

  private temporary(c: Credentials | undefined, action: string): TemporaryCredentials {
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
      throw malformed(`${action} returned incomplete credentials.`)
    }
    const expiresAt = c.Expiration.getTime() - this.offsetMs
    if (!Number.isFinite(expiresAt) || expiresAt <= this.now()) {
      throw malformed(`${action} returned credentials that have already expired.`)
    }
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiresAt }
  }

  /** Clients are cached per credential source and target, so repeated switches reuse connections. */
  private client(source: CredentialSource, target: StsTarget): STSClient {
    let byTarget = this.clients.get(source)
    if (!byTarget) {
      byTarget = new Map()
      this.clients.set(source, byTarget)
    }
    const key = `${target.region} ${target.endpoint ?? ''}`
    let client = byTarget.get(key)
    if (!client) {
      const requestTimeout = this.options.requestTimeoutMs ?? 10_000
      client = new STSClient({
        region: target.region,
        ...(target.endpoint ? { endpoint: target.endpoint } : {}),
        credentials: source,
        maxAttempts: this.options.maxAttempts ?? 3,
        requestHandler: {
          requestTimeout,
          connectionTimeout: this.options.connectionTimeoutMs ?? 5_000,
          throwOnRequestTimeout: true
        }
      })
      client.middlewareStack.add(boundedResponse({ maxBytes: MAX_RESPONSE_BYTES, timeoutMs: requestTimeout }), {
        step: 'deserialize',
        priority: 'low',
        name: 'rolecallBoundedResponse'
      })
      client.middlewareStack.add(
        (next) => async (args) => {
          const sentAt = performance.now()
          const result = await next(args)
          this.recordServerDate((result.response as { headers?: Record<string, string> }).headers?.date, performance.now() - sentAt)
          return result
        },
        { step: 'deserialize', name: 'rolecallClockOffset' }
      )
      byTarget.set(key, client)
    }
    return client
  }

  /**
   * The server's Date is compared with the middle of the round trip, timed on the monotonic clock: a
   * wall clock that jumps while a call is in flight (the machine slept) must not read as server skew.
   */
  private recordServerDate(header: string | undefined, roundTripMs: number): void {
    const serverNow = header ? Date.parse(header) : NaN
    if (Number.isNaN(serverNow)) return
    const offset = serverNow - (this.now() - roundTripMs / 2)
    this.offsetMs = Math.abs(offset) >= SKEW_THRESHOLD_MS ? Math.round(offset) : 0
  }
}

function malformed(message: string): Error {
  return Object.assign(new Error(message), { name: 'MalformedResponse' })
}
