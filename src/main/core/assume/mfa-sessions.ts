// One MFA code for many switches: a GetSessionToken session per source and MFA device, kept in
// memory only until it expires, as aws-vault does. Roles are then assumed with it.
import type { Timers } from '../ports'
import type { StsGateway, CredentialSource, StsTarget, TemporaryCredentials } from '../sts'

// Leave a minute so a switch never starts with a session that expires mid-call.
const MARGIN_MS = 60_000

export interface MfaSessionEntry {
  source: string
  mfaSerial: string
  credentials: TemporaryCredentials
}

export class MfaSessions {
  private readonly sessions = new Map<string, MfaSessionEntry>()

  constructor(
    private readonly gateway: StsGateway,
    private readonly timers: Timers
  ) {}

  get(source: string, mfaSerial: string): TemporaryCredentials | undefined {
    const entry = this.sessions.get(key(source, mfaSerial))
    if (entry && entry.credentials.expiresAt - MARGIN_MS > this.timers.now()) return entry.credentials
    this.sessions.delete(key(source, mfaSerial))
    return undefined
  }

  async start(
    source: string,
    base: CredentialSource,
    target: StsTarget,
    params: { mfaSerial: string; code: string; durationSeconds: number }
  ): Promise<TemporaryCredentials> {
    const credentials = await this.gateway.sessionToken(base, target, {
      durationSeconds: params.durationSeconds,
      serialNumber: params.mfaSerial,
      tokenCode: params.code
    })
    this.sessions.set(key(source, params.mfaSerial), { source, mfaSerial: params.mfaSerial, credentials })
    return credentials
  }

  /** Live sessions, for the UI (no secrets in what callers should pass on). */
  live(): { source: string; mfaSerial: string; expiresAt: number }[] {
    const now = this.timers.now()
    return [...this.sessions.values()]
      .filter((e) => e.credentials.expiresAt > now)
      .map((e) => ({ source: e.source, mfaSerial: e.mfaSerial, expiresAt: e.credentials.expiresAt }))
  }

  clear(): void {
    this.sessions.clear()
  }
}

const key = (source: string, mfaSerial: string): string => `${source}\n${mfaSerial}`
