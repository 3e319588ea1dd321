// The window's requests about sessions: assume a role, refresh or end its session, make it the current one.
// Credentials written out for a session follow it (see credentials-out).
import { ok, type Result } from '../../../shared/result'
import type { SessionView } from '../../../shared/views'
import type { Handlers } from '../ipc'
import { failure } from '../sts'
import type { SessionKeeper } from './session-keeper'
import { toSessionView } from './sessions'

export interface SessionHandlerDeps {
  keeper: SessionKeeper
  /** Assuming lives with the plans (assume/assumer); the sessions only ask for it. */
  assumer: { assume(roleId: string, mfaCode?: string): Promise<Result<SessionView>> }
  /** Where the session's credentials were written out: told when it ends or another becomes current. */
  written: { sessionEnded(roleId: string): Promise<void>; currentChanged(): Promise<void> }
  onChange(): void
}

type SessionChannels = 'roles:assume' | 'sessions:end' | 'sessions:refresh' | 'sessions:set-current'

export function sessionHandlers(d: SessionHandlerDeps): Pick<Handlers, SessionChannels> {
  return {
    'roles:assume': ({ roleId, mfaCode }) => d.assumer.assume(roleId, mfaCode),
    'sessions:end': async ({ roleId }) => {
      if (!d.keeper.end(roleId)) return failure('NoSession', 'There is no session to end.')
      d.onChange()
      await d.written.sessionEnded(roleId)
      return ok(null)
    },
    'sessions:refresh': async ({ roleId }) => {
      const keeper = d.keeper
      const result = await keeper.refresh(roleId)
      return result.ok ? ok(toSessionView(result.value, keeper.current()?.roleId === roleId)) : result
    },
    'sessions:set-current': async ({ roleId }) => {
      if (!d.keeper.setCurrent(roleId)) return failure('NoSession', 'This role has no session.')
      d.onChange()
      await d.written.currentChanged()
      return ok(null)
    }
  }
}
