// Validates every IPC request against the contract before a handler sees it, and turns any
// rejection or unexpected throw into a typed error response; shared by Electron IPC and the e2e host.
import { channels, type Channel } from '../../../shared/channels'
import { contract } from '../../../shared/contract'
import type { ErrorView } from '../../../shared/views'
import { describeError } from '../sts'
import type { Handlers } from './handlers'

export type Rejection = { ok: false; error: ErrorView }

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name)
}

export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<unknown> {
  if (!isChannel(channel)) {
    // Not String(channel): it throws for an object without a usable toString (null prototype, {"toString": 1}).
    const detail =
      typeof channel === 'string'
        ? `There is no channel named ${JSON.stringify(channel).slice(0, 80)}.`
        : `A channel name is a string, not a value of type ${typeof channel}.`
    return reject('UnknownChannel', 'Unknown request', detail)
  }
  const parsed = contract[channel].request.safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.map(String).join('.') || undefined
    return reject('InvalidRequest', 'Invalid request', issue?.message ?? 'The request was malformed.', field)
  }
  try {
    return await (handlers[channel] as (request: unknown) => Promise<unknown>)(parsed.data)
  } catch (error) {
    return { ok: false, error: describeError(error) } satisfies Rejection
  }
}

export function reject(code: string, title: string, detail: string, field?: string): Rejection {
  return { ok: false, error: { code, title, detail, ...(field ? { field } : {}) } }
}
