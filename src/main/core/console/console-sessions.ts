// The AWS console as a live session's role: the federation sign-in URL for it, checked against the allow-list,
// and opened through the opener (the handoff page, so the sign-in token is on no command line).
import { fail, ok, type Result } from '../../../shared/result'
import { CONSOLE_SESSION_SECONDS } from '../../../shared/sts-limits'
import type { Handlers } from '../ipc'
import type { ExternalOpener, Timers } from '../ports'
import type { SessionKeeper } from '../sessions'
import { describeError, failure } from '../sts'
import { buildConsoleUrl } from './console-signin'
import { signinOverride } from './signin-endpoint'
import { isAllowedExternalUrl } from './url-guard'

export interface ConsoleWhere {
  destination?: string
  region?: string
}

export interface ConsoleSessionsDeps {
  keeper: SessionKeeper
  timers: Timers
  env: NodeJS.ProcessEnv
  opener: ExternalOpener
  signOutFirst(): boolean
}

export class ConsoleSessions {
  constructor(private readonly deps: ConsoleSessionsDeps) {}

  handlers(): Pick<Handlers, 'sessions:open-console'> {
    return { 'sessions:open-console': ({ roleId, ...where }) => this.open(roleId, where) }
  }

  /** The federation sign-in URL for a live session, checked against the allow-list. */
  async url(roleId: string, where: ConsoleWhere = {}): Promise<Result<string>> {
    const live = this.deps.keeper.live(roleId)
    if (!live.ok) return live
    const session = live.value
    const override = signinOverride(this.deps.env).origin
    try {
      const remaining = Math.floor((session.credentials.expiresAt - this.deps.timers.now()) / 1000)
      const url = await buildConsoleUrl(
        {
          credentials: session.credentials,
          partition: session.partition,
          region: where.region ?? session.region,
          signOutFirst: this.deps.signOutFirst(),
          ...(where.destination ? { service: where.destination } : {}),
          // AWS takes a SessionDuration only for credentials AssumeRole made from long-term keys.
          ...(session.fromLongTermKeys
            ? { sessionDurationSeconds: Math.min(CONSOLE_SESSION_SECONDS.max, Math.max(CONSOLE_SESSION_SECONDS.min, remaining)) }
            : {})
        },
        override ? { endpointOverride: override } : {}
      )
      if (!isAllowedExternalUrl(url, override)) return failure('UrlNotAllowed', 'The sign-in URL was not on an AWS sign-in host.')
      return ok(url)
    } catch (error) {
      return fail(describeError(error, [session.credentials.secretAccessKey, session.credentials.sessionToken]))
    }
  }

  private async open(roleId: string, where: ConsoleWhere): Promise<Result<null>> {
    const url = await this.url(roleId, where)
    if (!url.ok) return url
    try {
      await this.deps.opener.openExternal(url.value)
      return ok(null)
    } catch (error) {
      return fail(describeError(error))
    }
  }
}
