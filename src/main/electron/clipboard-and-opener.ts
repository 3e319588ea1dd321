// Electron's clipboard and shell behind the core's ports. The opener hands Electron's shell nothing but
// the file URL of a console handoff page (see core/console/handoff.ts), written only for a URL on the
// allow-list, so no other code path can hand the OS an arbitrary URL, and the sign-in URL never reaches
// the command line of the xdg-open that shell.openExternal runs on Linux. Electron's modules are passed
// in rather than imported so this can be tested in plain Node.
import type { Clipboard as ElectronClipboard, Shell } from 'electron'
import { handoffOpener, type HandoffOpener, type HandoffOptions } from '../core/console/handoff'
import type { Clipboard } from '../core/ports'
import { isAllowedExternalUrl } from '../core/console/url-guard'

export function electronClipboard(clipboard: Pick<ElectronClipboard, 'readText' | 'writeText'>): Clipboard {
  return {
    readText: () => clipboard.readText(),
    writeText: (text) => clipboard.writeText(text)
  }
}

export type ElectronOpenerOptions = Omit<HandoffOptions, 'isAllowed' | 'launch'> & {
  /** The federation endpoint's origin from AWS_ENDPOINT_URL_SIGNIN (signinOverride). */
  configuredOrigin?: string | undefined
}

export function electronOpener(shell: Pick<Shell, 'openExternal'>, { configuredOrigin, ...handoff }: ElectronOpenerOptions): HandoffOpener {
  return handoffOpener({
    ...handoff,
    isAllowed: (url) => isAllowedExternalUrl(url, configuredOrigin),
    launch: (fileUrl) => shell.openExternal(fileUrl)
  })
}
