// Hands a console sign-in URL to the operating system's browser opener through a handoff page (see
// core/console/handoff.ts): the opener's command line holds only the page's file URL, never the sign-in
// URL. The URL is checked against the allow-list again first, as the app's Electron opener does. The page is
// then watched by a detached `rolecall __handoff-watch PAGE`, so the command ends at once.
import { spawn } from 'node:child_process'
import { appDataDir } from '../core/store/app-paths'
import { handoffDir, handoffOpener, watchPage, type HandoffOpener } from '../core/console/handoff'
import { signinOverride } from '../core/console/signin-endpoint'
import { isAllowedExternalUrl } from '../core/console/url-guard'
import { HANDOFF_WATCH } from './handoff-watch'

// Windows: rundll32's URL handler takes the URL as one argument; `cmd /c start` would read its & and %.
const OPENERS: Partial<Record<NodeJS.Platform, [string, string[]]>> = {
  darwin: ['open', []],
  win32: ['rundll32', ['url.dll,FileProtocolHandler']]
}

const OPENER_GRACE_MS = 1_000

/** Besides AWS's sign-in hosts, the allow-list takes the federation endpoint set in AWS_ENDPOINT_URL_SIGNIN. */
export function systemOpener(configuredOrigin = signinOverride(process.env).origin, dataDir = appDataDir()): HandoffOpener {
  return handoffOpener({
    dir: handoffDir(dataDir),
    isAllowed: (url) => isAllowedExternalUrl(url, configuredOrigin),
    launch: async (fileUrl) => {
      const [command, args] = OPENERS[process.platform] ?? ['xdg-open', []]
      const child = spawn(command, [...args, fileUrl], { detached: true, stdio: 'ignore' })
      // The browser outlives the CLI: wait until the opener has finished, or for a moment when it stays
      // (one that runs the browser itself), so that an opener that fails says so rather than leaving the
      // command waiting for a read that never comes.
      const exitCode = await new Promise<number | null | undefined>((resolve, reject) => {
        child.once('spawn', () => setTimeout(() => resolve(undefined), OPENER_GRACE_MS).unref())
        child.once('exit', (code) => resolve(code))
        child.once('error', (error) => reject(new Error(`${command} could not be started: ${error.message}`)))
      })
      if (exitCode !== undefined && exitCode !== 0) throw new Error(`${command} could not open the browser (exit code ${exitCode}).`)
      child.unref()
    },
    handOver: (page, readsVisible) => {
      const watcher = spawn(process.execPath, [process.argv[1]!, HANDOFF_WATCH, page, readsVisible ? 'reads' : 'blind'], { detached: true, stdio: 'ignore' })
      // A watcher that cannot start leaves the watch here: the command then ends once the page is gone.
      watcher.once('error', () => void watchPage(page, readsVisible))
      watcher.unref()
    }
  })
}
