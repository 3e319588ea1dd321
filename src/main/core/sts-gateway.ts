// Every STS call Rolecall makes, through the real SDK client, with timeouts, bounded retries and
// the server's clock offset captured so expiries can be shown on this machine's clock.
import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  STSClient,
  type AssumeRoleCommandInput
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'

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
}

export interface AssumeResult {
  credentials: TemporaryCredentials
  assumedRoleArn: string
}

export type CredentialSource = AwsCredentialIdentity | AwsCredentialIdentityProvider

export interface GatewayOptions {
  requestTimeoutMs?: number
  connectionTimeoutMs?: number
  maxAttempts?: number
}

// The Date header has one-second resolution, so smaller offsets are noise rather than skew.
const SKEW_THRESHOLD_MS = 2000

export class StsGateway {
  private readonly clients = new WeakMap<object, Map<string, STSClient>>()
  private offsetMs = 0

  constructor(private readonly options: GatewayOptions = {}) {}

  /** Server time minus local time, as last measured; 0 when the clocks agree. */
  get clockOffsetMs(): number {
    return this.offsetMs
  }

  async callerIdentity(source: CredentialSource, region: string): Promise<CallerIdentity> {
    const out = await this.client(source, region).send(new GetCallerIdentityCommand({}))
    if (!out.Arn || !out.Account) throw malformed('GetCallerIdentity returned no ARN or account.')
    return { arn: out.Arn, accountId: out.Account, userId: out.UserId ?? '' }
  }

  async assumeRole(source: CredentialSource, region: string, params: AssumeParams): Promise<AssumeResult> {
    const input: AssumeRoleCommandInput = {
      RoleArn: params.roleArn,
      RoleSessionName: params.sessionName,
      DurationSeconds: params.durationSeconds,
      ExternalId: params.externalId,
      SerialNumber: params.serialNumber,
      TokenCode: params.tokenCode,
      SourceIdentity: params.sourceIdentity
    }
    const out = await this.client(source, region).send(new AssumeRoleCommand(input))
    const c = out.Credentials
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration || !out.AssumedRoleUser?.Arn) {
      throw malformed('AssumeRole returned incomplete credentials.')
    }
    const expiresAt = c.Expiration.getTime() - this.offsetMs
    if (!Number.isFinite(expiresAt) || expiresAt <= Date.now()) {
      throw malformed('AssumeRole returned credentials that have already expired.')
    }
    return {
      credentials: {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiresAt
      },
      assumedRoleArn: out.AssumedRoleUser.Arn
    }
  }

  /** Clients are cached per credential source and region, so repeated switches reuse connections. */
  private client(source: CredentialSource, region: string): STSClient {
    let byRegion = this.clients.get(source)
    if (!byRegion) {
      byRegion = new Map()
      this.clients.set(source, byRegion)
    }
    let client = byRegion.get(region)
    if (!client) {
      client = new STSClient({
        region,
        credentials: source,
        maxAttempts: this.options.maxAttempts ?? 3,
        requestHandler: {
          requestTimeout: this.options.requestTimeoutMs ?? 10_000,
          connectionTimeout: this.options.connectionTimeoutMs ?? 5_000,
          throwOnRequestTimeout: true
        }
      })
      client.middlewareStack.add(
        (next) => async (args) => {
          const sentAt = Date.now()
          const result = await next(args)
          this.recordServerDate((result.response as { headers?: Record<string, string> }).headers?.date, sentAt)
          return result
        },
        { step: 'deserialize', name: 'rolecallClockOffset' }
      )
      byRegion.set(region, client)
    }
    return client
  }

  private recordServerDate(header: string | undefined, sentAt: number): void {
    const serverNow = header ? Date.parse(header) : NaN
    if (Number.isNaN(serverNow)) return
    const offset = serverNow - (sentAt + Date.now()) / 2
    this.offsetMs = Math.abs(offset) >= SKEW_THRESHOLD_MS ? Math.round(offset) : 0
  }
}

function malformed(message: string): Error {
  return Object.assign(new Error(message), { name: 'MalformedResponse' })
}
