// The CLI's exit codes: one per kind of failure, so scripts can tell a typo from a refusal from an
// outage. The table drives both the mapping from the core's error codes and what --help prints.
export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

interface ExitKind {
  exit: number
  kind: string
  /** The core's ErrorView codes (AWS's own, or Rolecall's) that end with this exit code. */
  codes: readonly string[]
}

export const EXIT_KINDS: readonly ExitKind[] = [
  { exit: EXIT_USAGE, kind: 'usage: unknown command or option, missing ROLE, invalid value', codes: [] },
  {
    exit: 3,
    kind: 'configuration',
    codes: ['UnknownRole', 'AmbiguousRole', 'ConfigProblem', 'InvalidCredentialsConfig', 'NoCredentials', 'ValidationError', 'RegionDisabled']
  },
  {
    exit: 4,
    kind: 'authentication or authorisation',
    codes: ['AccessDenied', 'InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken', 'MfaRequired', 'MfaTimeout', 'BrokerRefused']
  },
  {
    exit: 5,
    kind: 'network or AWS service',
    codes: ['Timeout', 'ConnectionFailed', 'Throttling', 'InternalFailure', 'MalformedResponse', 'FederationFailed']
  }
]

export function exitCodeFor(errorCode: string): number {
  return EXIT_KINDS.find((k) => k.codes.includes(errorCode))?.exit ?? EXIT_FAILURE
}

/** The exit code section of `rolecall --help`. */
export function exitCodeHelp(): string {
  const rows = [
    `  ${EXIT_OK}  success`,
    ...EXIT_KINDS.map((k) => `  ${k.exit}  ${k.kind}${k.codes.length ? `\n       ${k.codes.join(', ')}` : ''}`),
    `  ${EXIT_FAILURE}  anything else`
  ]
  return rows.join('\n')
}
