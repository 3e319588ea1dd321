// Electron's clipboard and shell behind the core's ports; openExternal re-checks the allow-list
// here too so no other code path can hand the OS an arbitrary URL.
import { clipboard, shell } from 'electron'
import type { Clipboard, ExternalOpener } from '../core/ports'
import { isAllowedExternalUrl } from '../core/url-guard'

export const electronClipboard: Clipboard = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text)
}

export function electronOpener(configuredOrigin?: string): ExternalOpener {
  return {
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url, configuredOrigin)) throw new Error('Refused to open a URL that is not an AWS sign-in address.')
      await shell.openExternal(url)
    }
  }
}
