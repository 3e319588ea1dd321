// The commands the CLI knows: options, ROLE argument and help, without their code, so parsing and
// --help stay instant and each command's module (most of them load the AWS SDK) loads only to run.
import type { ParseArgsConfig } from 'node:util'
import { exportFormats } from '../../shared/export-formats'
import { ROLE_SESSION_SECONDS } from '../../shared/sts-limits'

interface CommandSpec {
  summary: string
  usage: string
  /** Commands that take a ROLE can leave it out: the running app's current session, or whoami's source. */
  role: 'optional' | 'none'
  options: NonNullable<ParseArgsConfig['options']>
  /** [flag, description] rows for the command's --help. */
  flags: readonly (readonly [string, string])[]
  notes?: string
}

const MFA_CODE_FLAG = ['--mfa-code CODE', 'The 6-digit code from the MFA device, when the role needs one; on a terminal Rolecall asks instead'] as const
const DURATION_FLAG = ['-d, --duration TIME', `Session length: 900, 15m, 1h, 1h30m … 12h (${ROLE_SESSION_SECONDS.min} to ${ROLE_SESSION_SECONDS.max} seconds); default: the role's own`] as const

export const COMMANDS = {
  list: {
    summary: 'List the roles: AWS config profiles with a role_arn, and roles added in the app',
    usage: 'rolecall list [--json]',
    role: 'none',
    options: { json: { type: 'boolean' } },
    flags: [['--json', 'Print the roles as a JSON array']]
  },
  export: {
    summary: 'Print temporary credentials for ROLE as shell variables, JSON or a credentials-file section',
    usage: 'rolecall export [ROLE] [--format FORMAT | --to-credentials-file [NAME]] [--duration TIME] [--mfa-code CODE]',
    role: 'optional',
    options: {
      format: { type: 'string', short: 'f' },
      duration: { type: 'string', short: 'd' },
      'mfa-code': { type: 'string' },
      'to-credentials-file': { type: 'string' }
    },
    flags: [
      ['-f, --format FORMAT', `${exportFormats.join(', ')} (default: bash)`],
      [
        '--to-credentials-file [NAME]',
        'Write the credentials to the shared credentials file as profile NAME (default rolecall-ROLE) instead of printing them; only profiles Rolecall wrote are ever replaced'
      ],
      DURATION_FLAG,
      MFA_CODE_FLAG
    ],
    notes: [
      'Formats:',
      '  bash, zsh    eval "$(rolecall export ROLE)"',
      '  fish         rolecall export ROLE --format fish | source',
      '  pwsh         rolecall export ROLE --format pwsh | Invoke-Expression',
      '  cmd          rolecall export ROLE --format cmd > aws.cmd && call aws.cmd',
      '               (written for a batch file: % is doubled; a value with a line break is refused)',
      '  dotenv       NAME="value" lines, with \\ " $ and line breaks escaped',
      '  json         the credential_process document (Version 1)',
      '  ini          a section for the shared credentials file, named after the role',
      'Shell formats set AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION (when',
      'known) and AWS_CREDENTIAL_EXPIRATION.'
    ].join('\n')
  },
  'credential-process': {
    summary: "Print ROLE's credentials for credential_process in the AWS config",
    usage: 'rolecall credential-process [ROLE] [--duration TIME]',
    role: 'optional',
    options: { duration: { type: 'string', short: 'd' } },
    flags: [DURATION_FLAG],
    notes: [
      'In ~/.aws/config:',
      '  [profile rolecall-prod-admin]',
      '  credential_process = rolecall credential-process profile.prod-admin',
      'Prints only the JSON document; on failure nothing on stdout and the reason on stderr. While the',
      'app runs, a role that needs an MFA code asks for it in the app window; without the app, tools run',
      'this without a terminal, so such a role fails here: use "rolecall export" for it.'
    ].join('\n')
  },
  whoami: {
    summary: 'Show who the source credentials are, or assume ROLE and show who you become',
    usage: 'rolecall whoami [ROLE] [--json] [--mfa-code CODE]',
    role: 'optional',
    options: { json: { type: 'boolean' }, 'mfa-code': { type: 'string' } },
    flags: [['--json', 'Print the identity as JSON'], MFA_CODE_FLAG]
  },
  console: {
    summary: 'Open the AWS console signed in as ROLE, or print the sign-in URL',
    usage: 'rolecall console [ROLE] [--print] [--destination SERVICE] [--region REGION] [--mfa-code CODE]',
    role: 'optional',
    options: {
      print: { type: 'boolean' },
      destination: { type: 'string' },
      region: { type: 'string' },
      'mfa-code': { type: 'string' }
    },
    flags: [
      ['--print', 'Print the URL instead of opening it; it signs in whoever opens it within 15 minutes'],
      ['--destination SERVICE', 'Open a service console, e.g. s3, ec2, iam (default: the console home)'],
      ['--region REGION', "The console's region (default: the role's)"],
      MFA_CODE_FLAG
    ]
  }
} as const satisfies Record<string, CommandSpec>

export type CommandName = keyof typeof COMMANDS

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name)
}
