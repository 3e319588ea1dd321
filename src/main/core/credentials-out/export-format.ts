// Renders temporary credentials as a snippet a shell can evaluate, quoted so any character survives,
// or as a document another tool reads (credential_process JSON, a credentials-file section).
import type { TemporaryCredentials } from '../sts'

import type { ExportFormat } from '../../../shared/export-formats'

export interface ExportInput {
  credentials: TemporaryCredentials
  region?: string
  /** The credentials-file section name for `ini`; sanitised, since the SDK drops names it cannot parse. */
  profile?: string
}

/** A value the format has no way to carry exactly; real AWS credentials never contain one. */
export class UnsafeExportValueError extends Error {
  override name = 'UnsafeExportValue'
}

type Quote = (value: string) => string

// POSIX single quotes keep everything literal; a single quote itself is closed, escaped and reopened.
const posixQuote: Quote = (v) => `'${v.replaceAll("'", `'\\''`)}'`
// fish single quotes only treat \\ and \' specially.
const fishQuote: Quote = (v) => `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
// PowerShell verbatim strings end at any single-quote character, typographic ones included; doubling escapes each.
const pwshQuote: Quote = (v) => `'${v.replace(/['\u2018\u2019\u201A\u201B]/g, '$&$&')}'`
// The dotenv convention (bkeepers/dotenv, godotenv, Docker Compose): backslash escapes inside double
// quotes, \n for a newline, and \$ so the reader does not interpolate.
const dotenvQuote: Quote = (v) =>
  `"${v.replace(/[\\"$]/g, '\\$&').replaceAll('\n', '\\n').replaceAll('\r', '\\r')}"`

/**
 * `set "NAME=value"` for cmd.exe, written for a batch file (`--format cmd > aws.cmd`, then `call aws.cmd`):
 * - `%` is doubled, which a batch file turns back into one `%`; typed at the prompt, `%%` stays `%%`.
 * - Inside the quotes `& | < > ^ ( )` are plain text. A `"` in the value toggles cmd's quote mode, so while
 *   it is off each of those characters gets a `^`, which cmd removes. `set` keeps everything up to the
 *   last quote, so the value's own quotes survive.
 * - `!` is only special with delayed expansion (cmd /V:ON), which is off by default; it is left alone.
 * - A line break cannot be put into a variable with `set`; such a value is refused.
 */
function cmdSet(name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new UnsafeExportValueError(`cmd cannot set ${name} to a value with a line break.`)
  let quoted = true
  let body = ''
  for (const ch of value.replaceAll('%', '%%')) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && '&|<>^()'.includes(ch)) body += '^'
    body += ch
  }
  return `set "${name}=${body}"`
}

const LINE: Record<Exclude<ExportFormat, 'json' | 'ini'>, (name: string, value: string) => string> = {
  bash: (n, v) => `export ${n}=${posixQuote(v)}`,
  zsh: (n, v) => `export ${n}=${posixQuote(v)}`,
  fish: (n, v) => `set -gx ${n} ${fishQuote(v)}`,
  pwsh: (n, v) => `$Env:${n} = ${pwshQuote(v)}`,
  cmd: cmdSet,
  dotenv: (n, v) => `${n}=${dotenvQuote(v)}`
}

export function exportVariables({ credentials, region }: ExportInput): [string, string][] {
  const vars: [string, string][] = [
    ['AWS_ACCESS_KEY_ID', credentials.accessKeyId],
    ['AWS_SECRET_ACCESS_KEY', credentials.secretAccessKey],
    ['AWS_SESSION_TOKEN', credentials.sessionToken]
  ]
  if (region) vars.push(['AWS_REGION', region])
  vars.push(['AWS_CREDENTIAL_EXPIRATION', new Date(credentials.expiresAt).toISOString()])
  return vars
}

export function formatExport(format: ExportFormat, input: ExportInput): string {
  if (format === 'json') return `${JSON.stringify(credentialProcessDocument(input.credentials), null, 2)}\n`
  if (format === 'ini') return credentialsSection(input)
  const line = LINE[format]
  return exportVariables(input)
    .map(([name, value]) => line(name, value))
    .join('\n')
    .concat('\n')
}

/** The document `credential_process` must print (Version 1), as the AWS CLI and SDKs read it. */
function credentialProcessDocument(c: TemporaryCredentials) {
  return {
    Version: 1,
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    SessionToken: c.sessionToken,
    Expiration: new Date(c.expiresAt).toISOString()
  }
}

/** Characters the SDK's INI parser accepts in a plain section name (no prefix, no comment start). */
export function sectionName(name: string | undefined): string {
  const cleaned = (name ?? '').replace(/[^\w.@+=,-]+/g, '-').replace(/^-+|-+$/g, '')
  return cleaned || 'rolecall'
}

/**
 * A section for the shared credentials file. Only the keys that file defines; INI values cannot be
 * quoted, so a value with a line break, edge whitespace, or a ` #`/` ;` (a comment start) is refused.
 */
function credentialsSection({ credentials, profile }: ExportInput): string {
  const keys: [string, string][] = [
    ['aws_access_key_id', credentials.accessKeyId],
    ['aws_secret_access_key', credentials.secretAccessKey],
    ['aws_session_token', credentials.sessionToken]
  ]
  for (const [key, value] of keys) {
    if (/[\r\n]|\s[#;]|^[#;]/.test(value) || value !== value.trim()) {
      throw new UnsafeExportValueError(`A credentials file cannot hold this ${key} exactly.`)
    }
  }
  return [
    `[${sectionName(profile)}]`,
    `# expires ${new Date(credentials.expiresAt).toISOString()}`,
    ...keys.map(([key, value]) => `${key} = ${value}`),
    ''
  ].join('\n')
}
