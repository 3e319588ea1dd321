// Electron's clipboard and shell behind the core's ports; openExternal re-checks the allow-list
// here too so no other code path can hand the OS an arbitrary URL. Electron's modules are passed
// in rather than imported so the allow-list check can be tested in plain Node.
import type { Clipboard as ElectronClipboard, Shell } from 'electron'
import type { Clipboard, ExternalOpener } from '../core/ports'
import { isAllowedExternalUrl } from '../core/url-guard'

export function electronClipboard(clipboard: Pick<ElectronClipboard, 'readText' | 'writeText'>): Clipboard {
  return {
    readText: () => clipboard.readText(),
    writeText: (text) => clipboard.writeText(text)
  }
}

export function electronOpener(shell: Pick<Shell, 'openExternal'>, configuredOrigin?: string): ExternalOpener {
  return {
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url, configuredOrigin)) throw new Error('Refused to open a URL that is not an AWS sign-in address.')
      await shell.openExternal(url)
    }
  }
}
