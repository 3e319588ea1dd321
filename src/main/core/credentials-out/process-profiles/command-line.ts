// The credential_process value: "<cli command> credential-process <KEY>", quoted so that every program
// that reads it gets the same argument list. The JS SDK runs the value with child_process.exec, which
// is /bin/sh -c on POSIX and cmd.exe /d /s /c "…" on Windows; botocore and the AWS CLI split it
// themselves (shlex.split on POSIX, _windows_shell_split, the C runtime's rules, on Windows). Before
// any of them, the SDK's INI reader cuts a value at whitespace followed by # or ;. The role is named
// by its key, which needs no quoting in any of them; only the command's own path can need it.
import { hasControlCharacter } from '../../../../shared/plain-text'
import { KEY_CHARACTERS } from '../../catalogue'

export type CommandFamily = 'posix' | 'windows'

export class CommandLineError extends Error {
  override name = 'CommandLineRefused'
}

export function hostFamily(platform: NodeJS.Platform = process.platform): CommandFamily {
  return platform === 'win32' ? 'windows' : 'posix'
}

/** `command` is the argv that starts the CLI, e.g. ["rolecall"] or [node, "/opt/My Apps/rolecall.js"]. */
export function credentialProcessValue(command: readonly string[], key: string, family: CommandFamily = hostFamily()): string {
  if (command.length === 0) throw new CommandLineError('The command that starts rolecall is empty.')
  if (!KEY_CHARACTERS.test(key)) throw new CommandLineError(`"${key}" is not a role key.`)
  return [...command.map((arg) => quoteArg(arg, family)), 'credential-process', key].join(' ')
}

export function quoteArg(arg: string, family: CommandFamily): string {
  if (hasControlCharacter(arg)) {
    throw refused(arg, 'it holds a control character (a line break would end the config line, and others are read differently by each tool)')
  }
  return family === 'posix' ? quotePosix(arg) : quoteWindows(arg)
}

// Characters that mean nothing to sh or shlex outside quotes ("=" is left out: a first word with one is an assignment).
const POSIX_PLAIN = /^[A-Za-z0-9_./-]+$/

/**
 * In single quotes sh and shlex take every character as it is; a quote is closed, escaped and reopened.
 * Where whitespace is followed by # or ;, an empty '' goes between them so the SDK's INI reader does
 * not take the rest for a comment; both splitters join the pieces back into one argument.
 */
function quotePosix(arg: string): string {
  if (POSIX_PLAIN.test(arg)) return arg
  return `'${arg.replaceAll("'", `'\\''`).replace(/(\s)(?=[#;])/g, "$1''")}'`
}

// Characters that mean nothing to cmd.exe, the C runtime or _windows_shell_split outside quotes.
const WINDOWS_PLAIN = /^[A-Za-z0-9_.:\\/-]+$/

/**
 * In double quotes cmd.exe leaves & | < > ^ ( ) alone, and the C runtime and _windows_shell_split take
 * backslashes as they are unless they lead up to a quote. What none of them can take safely is refused:
 * cmd.exe expands %NAME% (and !NAME! with delayed expansion) even inside quotes, with no escape on a
 * command line; a double quote has no escape that cmd.exe and the C runtime read alike; a final
 * backslash would escape the closing quote for one reader but not another.
 */
function quoteWindows(arg: string): string {
  if (WINDOWS_PLAIN.test(arg)) return arg
  if (/[^\x20-\x7e]/.test(arg)) {
    throw refused(arg, 'it holds a character outside ASCII, and botocore and the AWS CLI read the config file in the Windows code page')
  }
  const unsafe = /[%!"]/.exec(arg)?.[0]
  if (unsafe) throw refused(arg, `cmd.exe, which the AWS SDK for JavaScript runs it with, gives ${unsafe} a meaning of its own even inside quotes`)
  if (arg.endsWith('\\')) throw refused(arg, 'it ends with a backslash, which would escape the closing quote')
  if (/\s[#;]/.test(arg)) throw refused(arg, 'a space followed by # or ; starts a comment for the AWS SDK for JavaScript')
  return `"${arg}"`
}

function refused(arg: string, why: string): CommandLineError {
  return new CommandLineError(`Rolecall cannot write ${JSON.stringify(arg)} into a credential_process line: ${why}. Install rolecall in a folder whose path avoids it.`)
}
