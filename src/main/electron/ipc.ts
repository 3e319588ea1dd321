// Registers one ipcMain handler per contract channel. Each checks that the sender is our own
// renderer's main frame before the router validates the payload and calls the core.
// ipcMain is passed in rather than imported so the sender check can be tested in plain Node.
import type { IpcMain, WebContents } from 'electron'
import { channels, type Channel } from '../../shared/channels'
import { dispatch, reject } from '../core/ipc/ipc-router'
import type { RolecallCore } from '../core/rolecall-core'
import { isTrustedSender } from '../core/ipc/trusted-sender'
import { sendEvent } from './events'

export function registerIpc(
  ipc: Pick<IpcMain, 'handle'>,
  core: Pick<RolecallCore, 'handlers'>,
  rendererUrl: string,
  ours: () => WebContents | undefined
): void {
  for (const channel of Object.keys(channels) as Channel[]) {
    ipc.handle(channel, (event, payload: unknown) => {
      if (event.sender !== ours() || !isTrustedSender(event.senderFrame, rendererUrl)) {
        return reject('UntrustedSender', 'Request refused', 'Only the Rolecall window may make requests.')
      }
      return dispatch(core.handlers, channel, payload)
    })
  }
}

export function forwardState(core: Pick<RolecallCore, 'subscribe'>, target: () => WebContents | undefined): () => void {
  return core.subscribe((state) => {
    sendEvent(target(), 'app:state', state)
  })
}
