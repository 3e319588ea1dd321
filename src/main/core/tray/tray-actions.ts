// Carries out what the tray menu asks for. Requests go through the same dispatch as the window's IPC
// (schema check, typed result), and the tray has no window to show their outcome in, so a failure
// becomes a notice and a desktop notification, and a copy says where the text went and when it goes.
import type { Channel } from '../../../shared/channels'
import type { RequestOf } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import type { Notice } from '../../../shared/views'
import { dispatch, type Handlers } from '../ipc'
import type { Notifier } from '../ports'
import type { TrayAction } from './tray-menu'

type Request = { [C in Channel]: { channel: C; payload: RequestOf<C>; doing: string } }[Channel]

/** What the window must do for an action that is not a request. */
export type WindowStep = 'show' | 'focus-search' | 'open-settings' | 'quit'

/** A request to the core, or a step for the window. */
export function trayStep(action: TrayAction, roleName: (roleId: string) => string): Request | WindowStep {
  switch (action.type) {
    case 'show':
      return 'show'
    case 'all-roles':
      return 'focus-search'
    case 'settings':
      return 'open-settings'
    case 'quit':
      return 'quit'
    case 'assume':
      return { channel: 'roles:assume', payload: { roleId: action.roleId }, doing: `assume ${roleName(action.roleId)}` }
    case 'copy':
      return {
        channel: 'sessions:copy-export',
        payload: { roleId: action.roleId, format: action.format },
        doing: `copy the ${action.format} export for ${roleName(action.roleId)}`
      }
    case 'console':
      return { channel: 'sessions:open-console', payload: { roleId: action.roleId }, doing: `open the console as ${roleName(action.roleId)}` }
    case 'refresh':
      return { channel: 'sessions:refresh', payload: { roleId: action.roleId }, doing: `refresh ${roleName(action.roleId)}` }
    case 'end':
      return { channel: 'sessions:end', payload: { roleId: action.roleId }, doing: `end the session of ${roleName(action.roleId)}` }
  }
}

export interface TrayRequestDeps {
  handlers: Handlers
  notifier: Notifier
  addNotice(notice: Notice): void
  removeNotice(id: string): void
}

const NOTICE_ID = 'tray-action'

/** Runs a request from the tray and shows its outcome; resolves once it is shown. */
export async function runTrayRequest(request: Request, deps: TrayRequestDeps): Promise<void> {
  const result = (await dispatch(deps.handlers, request.channel, request.payload)) as Result<unknown>
  if (!result.ok) {
    const message = `Could not ${request.doing}: ${result.error.title}. ${result.error.detail}`.trim()
    deps.addNotice({ id: NOTICE_ID, level: 'error', message })
    deps.notifier.notify({ title: `Rolecall could not ${request.doing}`, body: `${result.error.title}. ${result.error.detail}`.trim() }, () => undefined)
    return
  }
  deps.removeNotice(NOTICE_ID)
  if (request.channel === 'sessions:copy-export') {
    const { clearsInSeconds } = result.value as { clearsInSeconds: number }
    deps.notifier.notify({ title: 'Copied', body: `Rolecall copied the ${request.payload.format} export; the clipboard clears in ${clearsInSeconds} s.` }, () => undefined)
  }
}
