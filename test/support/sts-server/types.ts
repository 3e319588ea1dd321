// Public shapes of the loopback STS test server: what tests configure and what they can inspect afterwards.

export interface StsUser {
  /** e.g. arn:aws:iam::123456789012:user/alice */
  arn: string
  accessKeyId: string
  secretAccessKey: string
  mfaSerial?: string
  /** One-time codes the user's device will produce; each can be used once. */
  mfaCodes?: string[]
}

export interface StsRole {
  arn: string
  /** Seconds; defaults to 3600 like IAM. */
  maxSessionDuration?: number
  /**
   * Principal ARNs allowed to assume the role: user ARNs, or role ARNs for chaining (a session of
   * role X is trusted as X). '*' trusts every principal in the role's account.
   */
  trustedPrincipals: string[]
  requireMfa?: boolean
  externalId?: string
  /** The trust policy allows sts:TagSession; without it, AssumeRole with tags is refused, as in IAM. */
  allowTagSession?: boolean
}

/**
 * latency delays; http500, throttle and malformed replace the answer; drop and hang never give one;
 * huge, trickle, missingFields and expired spoil the real answer (see spoil.ts).
 */
export type FaultKind = 'latency' | 'http500' | 'throttle' | 'malformed' | 'drop' | 'hang' | 'huge' | 'trickle' | 'missingFields' | 'expired'

export interface Fault {
  kind: FaultKind
  /** Restrict to one STS Action, or 'federation' for the federation endpoint (never hit otherwise). */
  action?: string
  /** Delay for 'latency'; pause before each byte for 'trickle'. */
  ms?: number
  /** Padding after the real answer for 'huge'. */
  bytes?: number
  /** Elements left out of the real answer for 'missingFields', e.g. ['Credentials']. */
  fields?: string[]
  /** How many matching requests to affect; until clearFaults() when omitted. */
  times?: number
}

export interface StsCall {
  /** STS Action, or 'federation:getSigninToken' / 'federation:login'. */
  action: string
  principalArn?: string
  params: Record<string, string>
  /** 0 when the request got no response (drop/hang faults). */
  status: number
  errorCode?: string
  /** The fault that shaped this response, if any. */
  fault?: FaultKind
  /** Server time (including clock skew) in epoch milliseconds. */
  at: number
}

export interface StsServer {
  /** http://127.0.0.1:PORT */
  url: string
  calls: StsCall[]
  addUser(u: StsUser): void
  addRole(r: StsRole): void
  injectFault(f: Fault): void
  clearFaults(): void
  setClockSkewSeconds(s: number): void
  expireAllSessions(): void
  /** Every temporary credential issued so far (AssumeRole and GetSessionToken), for leak checks. */
  issued(): IssuedCredentials[]
  close(): Promise<void>
}

export interface IssuedCredentials {
  /** Who the credentials act as: an assumed-role ARN, or the user's ARN for a GetSessionToken session. */
  callerArn: string
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
}

export interface StsServerOptions {
  users?: StsUser[]
  roles?: StsRole[]
  /** Clock in epoch milliseconds; defaults to Date.now. */
  now?: () => number
}
