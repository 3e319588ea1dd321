// The console federation endpoint (GET /federation): trades live temporary credentials for a sign-in token, then redeems it.
import type { Reply, Surface } from './reply'
import type { IssuedSession, SessionStore } from './sessions'
import { isLive } from './sessions'
import { jsonReply, textReply } from './reply'
import { newSigninToken } from './ids'

/** AWS sign-in tokens are good for 15 minutes. */
const SIGNIN_TOKEN_TTL_MS = 15 * 60_000
const SESSION_DURATION = { min: 900, max: 43200 }

interface Grant {
  session: IssuedSession
  issuedAt: number
  used: boolean
}

export const federationSurface: Surface = {
  error: (error) => textReply(error.status, error.message, error.code),
  malformed: () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"SigninToken":"' })
}

// AWS answers refusals with a bare 400 page; a one-line text/plain reason is as opaque to clients but readable in tests.
const refuse = (errorCode: string, message: string): Reply => textReply(400, message, errorCode)

export class Federation {
  private readonly grants = new Map<string, Grant>()

  constructor(private readonly sessions: SessionStore) {}

  handle(query: Record<string, string>, now: number): Reply {
    switch (query.Action) {
      case 'getSigninToken':
        return this.getSigninToken(query, now)
      case 'login':
        return this.login(query, now)
      default:
        return refuse('InvalidAction', `Unsupported Action: ${query.Action ?? '(none)'}`)
    }
  }

  private getSigninToken(query: Record<string, string>, now: number): Reply {
    const session = this.liveSession(query.Session, now)
    if (!session) return refuse('InvalidSession', 'Invalid session credentials: Session must hold live sessionId, sessionKey and sessionToken')
    const principalArn = session.identity.arn
    if (query.SessionDuration !== undefined) {
      // Only role sessions made straight from an IAM user's long-term keys may set the console session length.
      if (session.identity.kind !== 'assumed-role' || session.obtainedWith !== 'long-term') {
        const origin = session.obtainedWith === 'assumed-role' ? 'role chaining' : 'GetSessionToken'
        return { ...refuse('SessionDurationNotAllowed', `SessionDuration is not supported for credentials obtained via ${origin}`), principalArn }
      }
      const duration = Number(query.SessionDuration)
      if (!Number.isInteger(duration) || duration < SESSION_DURATION.min || duration > SESSION_DURATION.max) {
        return { ...refuse('InvalidSessionDuration', `SessionDuration must be an integer from ${SESSION_DURATION.min} to ${SESSION_DURATION.max} seconds`), principalArn }
      }
    }
    const token = newSigninToken()
    this.grants.set(token, { session, issuedAt: now, used: false })
    return { ...jsonReply({ SigninToken: token }), principalArn }
  }

  private login(query: Record<string, string>, now: number): Reply {
    const grant = this.grants.get(query.SigninToken ?? '')
    if (!grant || grant.used || now - grant.issuedAt > SIGNIN_TOKEN_TTL_MS || !isLive(grant.session, now)) {
      return refuse('InvalidSigninToken', 'Invalid, expired or already used SigninToken')
    }
    const principalArn = grant.session.identity.arn
    if (!isHttpUrl(query.Destination)) return { ...refuse('InvalidDestination', 'Destination must be an http(s) URL'), principalArn }
    grant.used = true
    return { status: 302, headers: { location: query.Destination }, body: '', principalArn }
  }

  private liveSession(raw: string | undefined, now: number): IssuedSession | undefined {
    const claimed = parseSession(raw)
    if (!claimed) return undefined
    const session = this.sessions.get(claimed.sessionId)
    const matches = session?.secretAccessKey === claimed.sessionKey && session.sessionToken === claimed.sessionToken
    return matches && isLive(session, now) ? session : undefined
  }
}

function parseSession(raw: string | undefined): { sessionId: string; sessionKey: string; sessionToken: string } | undefined {
  try {
    const value: unknown = JSON.parse(raw ?? '')
    if (typeof value !== 'object' || value === null) return undefined
    const { sessionId, sessionKey, sessionToken } = value as Record<string, unknown>
    return typeof sessionId === 'string' && typeof sessionKey === 'string' && typeof sessionToken === 'string'
      ? { sessionId, sessionKey, sessionToken }
      : undefined
  } catch {
    return undefined
  }
}

function isHttpUrl(value: string | undefined): value is string {
  const url = value !== undefined && URL.canParse(value) ? new URL(value) : undefined
  return url?.protocol === 'http:' || url?.protocol === 'https:'
}
