// Turns STS, credential-provider and network failures into words a person understands, keeping the AWS code.
import { fail, type Fail } from '../../../shared/result'
import type { ErrorView } from '../../../shared/views'
import { redact } from './redact'

interface Wording {
  title: string
  hint: string
}

const WORDING: Record<string, Wording> = {
  AccessDenied: {
    title: 'Access denied',
    hint: "AWS refused the request. Check the role's trust policy, whether it needs MFA or an external ID, and that your source identity is allowed to assume it."
  },
  ValidationError: { title: 'AWS rejected the request', hint: 'A parameter was not accepted.' },
  // Not an AWS code: the words for an AccessDenied that AWS gave because of the MFA code.
  MfaCodeRejected: {
    title: 'MFA code rejected',
    hint: 'The code was wrong, or it was already used: AWS takes each code once. Wait for your device to show the next code and enter that.'
  },
  InvalidClientTokenId: {
    title: 'Source credentials are not valid',
    hint: 'AWS does not recognise the access key. Check ~/.aws/credentials or your environment variables.'
  },
  SignatureDoesNotMatch: {
    title: 'Source secret key is wrong',
    hint: 'The access key exists but the secret key does not match it. Re-enter the secret key.'
  },
  ExpiredToken: {
    title: 'Source credentials have expired',
    hint: 'Renew them (for SSO, run "aws sso login"), then try again.'
  },
  RegionDisabled: {
    title: 'STS is not enabled in this region',
    hint: "Activate the region in the account's IAM settings, or choose another region for this role."
  },
  Throttling: { title: 'AWS is throttling requests', hint: 'Too many requests in a short time. Wait a moment and try again.' },
  InternalFailure: { title: 'AWS STS failed internally', hint: 'This is on the AWS side. Try again shortly.' },
  Timeout: { title: 'STS did not answer in time', hint: 'The request timed out. Check your network or proxy and try again.' },
  ConnectionFailed: {
    title: 'Cannot reach AWS STS',
    hint: 'The connection failed. Check your network, proxy or the configured STS endpoint.'
  },
  MalformedResponse: {
    title: 'Unexpected response from AWS STS',
    hint: 'The answer could not be read. A proxy may be interfering.'
  },
  NoCredentials: {
    title: 'No AWS credentials found',
    hint: 'Run "aws configure" or "aws sso login", set AWS_PROFILE, or choose a source profile in Settings.'
  },
  ClipboardUnavailable: {
    title: 'Clipboard unavailable',
    hint: 'Rolecall could not write to the clipboard. Close any clipboard manager that locks it and try again.'
  },
  FederationFailed: {
    title: 'Console sign-in failed',
    hint: 'The AWS sign-in endpoint did not issue a sign-in token for this session.'
  },
  UrlNotAllowed: { title: 'Blocked an unexpected address', hint: 'Rolecall only opens AWS sign-in addresses.' },
  NoSession: { title: 'No live session', hint: 'Assume the role first.' },
  MfaRequired: { title: 'MFA code needed', hint: 'This role needs a code from your MFA device.' },
  UnknownRole: { title: 'Unknown role', hint: 'The role no longer exists. It may have been removed.' },
  SharedFileFailed: { title: 'Could not update the AWS file', hint: '' },
  CommandLineRefused: { title: 'Could not write the credential_process profiles', hint: 'The config file was left as it was.' },
  StorageFailed: { title: 'Could not save', hint: 'Rolecall could not write its settings file. Nothing was changed.' },
  Unknown: { title: 'Something went wrong', hint: '' }
}

const CODE_ALIASES: Record<string, string> = {
  ExpiredTokenException: 'ExpiredToken',
  RegionDisabledException: 'RegionDisabled',
  ThrottlingException: 'Throttling',
  TooManyRequestsException: 'Throttling',
  RequestLimitExceeded: 'Throttling',
  ServiceUnavailable: 'InternalFailure',
  InternalError: 'InternalFailure',
  TimeoutError: 'Timeout',
  RequestTimeout: 'Timeout',
  ETIMEDOUT: 'Timeout',
  ECONNREFUSED: 'ConnectionFailed',
  ECONNRESET: 'ConnectionFailed',
  ENOTFOUND: 'ConnectionFailed',
  EAI_AGAIN: 'ConnectionFailed',
  EHOSTUNREACH: 'ConnectionFailed',
  EPIPE: 'ConnectionFailed',
  CredentialsProviderError: 'NoCredentials'
}

interface ErrorLike {
  name?: unknown
  code?: unknown
  Code?: unknown
  message?: unknown
  $metadata?: { httpStatusCode?: number }
  $response?: unknown
  cause?: unknown
}

export function codeOf(error: unknown): string {
  const e = (error ?? {}) as ErrorLike
  const raw = [e.code, e.Code, e.name].find(
    (v): v is string => typeof v === 'string' && v !== '' && v !== 'Error'
  )
  if (raw === 'CredentialsProviderError' && !isMissingCredentials(error)) return 'InvalidCredentialsConfig'
  if (raw && (WORDING[raw] || CODE_ALIASES[raw])) return CODE_ALIASES[raw] ?? raw
  if (e.cause) {
    const inner = codeOf(e.cause)
    if (inner !== 'Unknown') return inner
  }
  if (e.$metadata?.httpStatusCode && e.$metadata.httpStatusCode >= 500) return 'InternalFailure'
  // The SDK reports an unparseable body as a deserialization error naming the raw response.
  if (typeof e.message === 'string' && /deserializ|char '|Unexpected end|Non-whitespace|XML/i.test(e.message)) {
    return 'MalformedResponse'
  }
  return raw ?? 'Unknown'
}

function isMissingCredentials(error: unknown): boolean {
  const message = String((error as ErrorLike).message ?? '')
  return /could not load credentials|Unable to find|no credentials|not found in|Profile .* not found/i.test(message)
}

/**
 * `knownSecrets` are values that must never be echoed (the source's secret, a session token). `wordedAs`
 * words an error Rolecall understands better than its code says (an AccessDenied over an MFA code).
 */
export function describeError(error: unknown, knownSecrets: readonly string[] = [], wordedAs?: string): ErrorView {
  const code = codeOf(error)
  const wording = WORDING[wordedAs ?? code] ?? {
    title: code === 'InvalidCredentialsConfig' ? 'AWS credentials are misconfigured' : `AWS error ${code}`,
    hint: ''
  }
  const message = typeof (error as ErrorLike)?.message === 'string' ? withoutSdkPrefix((error as ErrorLike).message as string) : ''
  // The SDK puts $metadata on every error it retried, a refused connection too; only a status means AWS answered.
  const fromAws = (error as ErrorLike)?.$metadata?.httpStatusCode !== undefined
  const said = message && message !== code ? (fromAws ? `AWS said: ${message}` : message) : ''
  const detail = [wording.hint, said]
    .filter(Boolean)
    .join(' ')
  return { code, title: wording.title, detail: redact(detail, knownSecrets) }
}

// The SDK's HTTP handler names itself, and sometimes a log level, before what happened:
// "@smithy/node-http-handler - [ERROR] a request has exceeded the configured 2000 ms requestTimeout."
const SDK_PREFIX = /^@[\w.-]+\/[\w.-]+ - (?:\[[A-Z]+\] )?/

/** What happened, in a sentence a person reads: without the SDK's package name and log level in front. */
function withoutSdkPrefix(message: string): string {
  const rest = message.replace(SDK_PREFIX, '')
  return rest === message ? message : rest.charAt(0).toUpperCase() + rest.slice(1)
}

/** Rolecall's own failure of the given kind (NoSession, UnknownRole…), described like any AWS error. */
export function failure(code: string, message: string): Fail {
  return fail(describeError(Object.assign(new Error(message), { name: code })))
}
