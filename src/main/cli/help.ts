// The text of --help, for the program and for each command, built from the command table.
import { COMMANDS, type CommandName } from './commands'
import { exitCodeHelp } from './exit-codes'

const ROLE_NOTE = [
  "ROLE is a role's key from 'rolecall list' (app.ID for a role added in the app, profile.NAME for a",
  'config profile), or a config profile name or display name that only one role has.',
  'While the Rolecall app runs, export, credential-process and console ask it: it answers from its live',
  'sessions (so no new AssumeRole), asks for MFA codes in its window, and uses its current session',
  'when ROLE is left out. Without the app they work on their own.'
].join('\n')

export function programHelp(): string {
  const names = Object.keys(COMMANDS) as CommandName[]
  const width = Math.max(...names.map((n) => n.length))
  return [
    'rolecall: switch AWS IAM roles from the terminal, with the same roles and settings as the Rolecall app.',
    '',
    'Usage: rolecall COMMAND [ROLE] [options]',
    '',
    'Commands:',
    ...names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name].summary}`),
    '',
    'Options:',
    '  -h, --help  Show help; "rolecall COMMAND --help" for a command',
    '  --version   Print the version',
    '',
    ROLE_NOTE,
    '',
    'Environment:',
    '  AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_PROFILE  the AWS files and source profile, as for the AWS CLI',
    '  AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL                     where STS requests go',
    "  ROLECALL_DATA_DIR                                          the folder of the app's settings.json",
  '  ROLECALL_STANDALONE=1                                      never ask the running app',
    '',
    'Exit codes:',
    exitCodeHelp(),
    ''
  ].join('\n')
}

export function commandHelp(name: CommandName): string {
  const spec = COMMANDS[name]
  const flags: (readonly [string, string])[] = [...spec.flags, ['-h, --help', 'Show this help']]
  const width = Math.max(...flags.map(([flag]) => flag.length))
  return [
    `${spec.summary}.`,
    '',
    `Usage: ${spec.usage}`,
    '',
    'Options:',
    ...flags.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(spec.role === 'none' ? [] : ['', ROLE_NOTE]),
    ...('notes' in spec ? ['', spec.notes] : []),
    '',
    'Exit codes: 0 success, 2 usage, 3 configuration, 4 authentication, 5 network, 1 other ("rolecall --help").',
    ''
  ].join('\n')
}
