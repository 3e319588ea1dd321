// Hands a console sign-in URL to the operating system's browser opener, after checking it again
// against the allow-list, as the app's Electron opener does.
import { spawn } from 'node:child_process'
import type { ExternalOpener } from '../core/ports'
import { isAllowedExternalUrl } from '../core/url-guard'

// Windows: rundll32's URL handler takes the URL as one argument; `cmd /c start` would read its & and %.
const OPENERS: Partial<Record<NodeJS.Platform, [string, string[]]>> = {
  darwin: ['open', []],
  win32: ['rundll32', ['url.dll,FileProtocolHandler']]
}

/** Besides AWS's sign-in hosts, the allow-list takes the federation endpoint set in AWS_ENDPOINT_URL_SIGNIN. */
export function systemOpener(configuredOrigin = signinOverrideOrigin()): ExternalOpener {
  return {
    async openExternal(url) {
      if (!isAllowedExternalUrl(url, configuredOrigin)) throw new Error('Refused to open a URL that is not an AWS sign-in address.')
      const [command, args] = OPENERS[process.platform] ?? ['xdg-open', []]
      const child = spawn(command, [...args, url], { detached: true, stdio: 'ignore' })
      // The browser outlives the CLI: wait only until the opener has started.
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', resolve)
        child.once('error', (error) => reject(new Error(`${command} could not be started: ${error.message}`)))
      })
      child.unref()
    }
  }
}

function signinOverrideOrigin(): string | undefined {
  const override = process.env.AWS_ENDPOINT_URL_SIGNIN
  return override ? new URL(override).origin : undefined
}
