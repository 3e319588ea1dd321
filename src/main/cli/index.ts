// Entry of the `rolecall` command (bin/rolecall.js loads the build of this file). Parses the command
// line, runs the command asked for, and maps every failure to an exit code.
import { version } from '../../../package.json'
import { parseCommandLine, type CommandArgs } from './args'
import type { CommandName } from './commands'
import { openConsole } from './commands/console'
import { credentialProcess } from './commands/credential-process'
import { exportCredentials } from './commands/export'
import { CommandError, UsageError } from './errors'
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes'
import { HANDOFF_WATCH, watchHandoff } from './handoff-watch'
import { commandHelp, programHelp } from './help'
import { describeFailure, exit, note, print } from './output'

// The SDK's documented switch for its Node-version notice, which would otherwise land on stderr on
// Node 20 in the middle of a prompt or a credential_process failure; left alone if the user set it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

// `rolecall list | head` closes stdout early; that ends the command, it is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK)
  throw error
})

// The commands the running app answers come with the entry: they are small (they load the core only
// when no app answers), and that path is nearly all start-up, where a module load on demand shows.
// list and whoami bring the catalogue or the AWS SDK, so they load only when asked for.
const RUN: { [C in CommandName]: (args: CommandArgs<C>) => Promise<void> } = {
  list: async (args) => (await import('./commands/list')).list(args),
  export: exportCredentials,
  'credential-process': credentialProcess,
  whoami: async (args) => (await import('./commands/whoami')).whoami(args),
  console: openConsole
}

function run<C extends CommandName>(line: { command: C; args: CommandArgs<C> }): Promise<void> {
  return RUN[line.command](line.args)
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === HANDOFF_WATCH) return watchHandoff(argv.slice(1))
  try {
    const line = parseCommandLine(argv)
    if (line.kind === 'help') print(line.command ? commandHelp(line.command) : programHelp())
    else if (line.kind === 'version') print(version)
    else await run(line)
    return EXIT_OK
  } catch (error) {
    return report(error)
  }
}

function report(error: unknown): number {
  if (error instanceof UsageError) {
    note(`${error.message} Run "rolecall ${error.command ? `${error.command} ` : ''}--help" for usage.`)
    return EXIT_USAGE
  }
  if (error instanceof CommandError) {
    note(describeFailure(error.view))
    return exitCodeFor(error.view.code)
  }
  note((error as Error)?.message ?? String(error))
  return EXIT_FAILURE
}

// No top-level await: the CLI is built as CommonJS (see electron.vite.config.ts). main never rejects.
void main(process.argv.slice(2)).then(exit)
