// The two ways a command fails: the user asked wrongly (usage), or the core or AWS said no (an ErrorView).
import type { ErrorView } from '../../shared/views'

/** A mistake in the command line; `command` names the help to point at. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string
  ) {
    super(message)
  }
}

/** A failure the core described; its code decides the exit code. */
export class CommandError extends Error {
  constructor(readonly view: ErrorView) {
    super(view.detail)
  }
}
