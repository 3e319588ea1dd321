// The watch over a console handoff page, in a process of its own: `rolecall console` hands it over and ends
// as soon as the browser has the page, while the page still goes once the browser has read it. Its command
// line holds only the page's path, never the sign-in URL inside the page.
import { EXIT_OK, EXIT_USAGE } from './exit-codes'

/** The internal command the detached watcher runs as; not a user command, so not in the help. */
export const HANDOFF_WATCH = '__handoff-watch'

export async function watchHandoff(args: readonly string[]): Promise<number> {
  const [page, reads] = args
  const { handoffDir, isHandoffPage, watchPage } = await import('../core/console/handoff')
  const { appDataDir } = await import('../core/store/app-paths')
  // Only ever a page of our own handoff folder: the watcher removes what it watches.
  if (page === undefined || !isHandoffPage(page, handoffDir(appDataDir()))) return EXIT_USAGE
  await watchPage(page, reads === 'reads').done
  return EXIT_OK
}
