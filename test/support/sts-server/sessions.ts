// Temporary credentials issued by this server, looked up when they sign a request or ask for a sign-in token.
import type { Caller, CredentialKind } from './principals'
import { newSecretAccessKey, newSessionToken, newTemporaryAccessKeyId } from './ids'

export interface IssuedSession {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiresAt: number
  /** Who requests signed with these credentials act as. */
  identity: Caller
  /** Kind of the credentials that requested this session: federation only extends sessions made from long-term keys. */
  obtainedWith: CredentialKind
  revoked: boolean
}

export class SessionStore {
  private readonly byKey = new Map<string, IssuedSession>()

  issue(identity: Caller, obtainedWith: CredentialKind, expiresAt: number): IssuedSession {
    const session: IssuedSession = {
      accessKeyId: newTemporaryAccessKeyId(),
      secretAccessKey: newSecretAccessKey(),
      sessionToken: newSessionToken(),
      expiresAt,
      identity,
      obtainedWith,
      revoked: false
    }
    this.byKey.set(session.accessKeyId, session)
    return session
  }

  get(accessKeyId: string): IssuedSession | undefined {
    return this.byKey.get(accessKeyId)
  }

  all(): IssuedSession[] {
    return [...this.byKey.values()]
  }

  /** Revoking, rather than rewriting expiresAt, keeps the Expiration clients were told consistent. */
  expireAll(): void {
    for (const session of this.byKey.values()) session.revoked = true
  }
}

export const isLive = (session: IssuedSession, now: number): boolean => !session.revoked && now < session.expiresAt
