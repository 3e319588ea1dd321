// What STS accepts for session lengths, in one place for the contract, the CLI, the config reader, the
// broker and the assume flow. Kept free of imports so the CLI's fast paths can load it.

/** AssumeRole's DurationSeconds: from 15 minutes up to the role's MaxSessionDuration, at most 12 hours. */
export const ROLE_SESSION_SECONDS = { min: 900, max: 43200 } as const

/** AWS caps a session assumed with role credentials (role chaining) at one hour, whatever the role allows. */
export const CHAINED_SESSION_MAX_SECONDS = 3600

/** GetSessionToken's DurationSeconds for IAM users: from 15 minutes to 36 hours. */
export const MFA_SESSION_SECONDS = { min: 900, max: 129600 } as const

/** The console federation endpoint's SessionDuration (a limit of its own, though the same today): 15 minutes to 12 hours. */
export const CONSOLE_SESSION_SECONDS = { min: 900, max: 43200 } as const

/** A role session name or a source identity: STS takes the same characters and lengths for both. */
export const SESSION_NAME_PATTERN = /^[\w+=,.@-]{2,64}$/

/** Whether STS would take `seconds` as an AssumeRole duration. */
export const isRoleSessionSeconds = (seconds: number): boolean =>
  Number.isInteger(seconds) && seconds >= ROLE_SESSION_SECONDS.min && seconds <= ROLE_SESSION_SECONDS.max
