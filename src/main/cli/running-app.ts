// Asks the running Rolecall app first (see the broker): it answers from its live sessions, and prompts
// for MFA codes in its window. Undefined means no app is running and the CLI works on its own.
import { appDataDir } from '../core/store/app-paths'
import { askBroker } from '../core/broker/client'
import type { BrokerRequest, BrokerResponse } from '../core/broker/protocol'
import { CommandError, UsageError } from './errors'
import type { CommandName } from './commands'

type Served = Extract<BrokerResponse, { ok: true }>['value']
type Ask = Omit<BrokerRequest, 'v' | 'token'>

// Long enough for the user to find their MFA device when the app asks for a code.
const MFA_WAIT_SECONDS = 120

export async function fromRunningApp(request: Ask, command: CommandName): Promise<Served | undefined> {
  // ROLECALL_STANDALONE=1 skips the app, e.g. to test the CLI's own path while the app runs.
  const answer =
    process.env.ROLECALL_STANDALONE === '1'
      ? undefined
      : await askBroker(appDataDir(), { ...request, mfaWaitSeconds: MFA_WAIT_SECONDS } as Ask, (MFA_WAIT_SECONDS + 10) * 1000).catch(
          (error: Error) => {
            throw new CommandError({ code: error.name === 'Timeout' ? 'Timeout' : 'BrokerFailed', title: 'Rolecall did not answer', detail: error.message })
          }
        )
  if (!answer) {
    if (request.role === undefined) {
      throw new UsageError('missing ROLE: name a role from "rolecall list" (without one, the running app supplies its current session, but it is not running).', command)
    }
    return undefined
  }
  if (!answer.ok) throw new CommandError(answer.error)
  return answer.value
}
