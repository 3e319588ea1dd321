// Renders temporary credentials as a snippet a shell can evaluate, quoted so any character survives.
import type { ExportFormat } from '../../shared/contract'
import type { TemporaryCredentials } from './sts-gateway'

export interface ExportInput {
  credentials: TemporaryCredentials
  region?: string
}

type Quote = (value: string) => string

// POSIX single quotes keep everything literal; a single quote itself is closed, escaped and reopened.
const posixQuote: Quote = (v) => `'${v.replaceAll("'", `'\\''`)}'`
// fish single quotes only treat \\ and \' specially.
const fishQuote: Quote = (v) => `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`

const LINE: Record<ExportFormat, (name: string, value: string) => string> = {
  bash: (n, v) => `export ${n}=${posixQuote(v)}`,
  zsh: (n, v) => `export ${n}=${posixQuote(v)}`,
  fish: (n, v) => `set -gx ${n} ${fishQuote(v)}`
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
  return exportVariables(input)
    .map(([name, value]) => LINE[format](name, value))
    .join('\n')
    .concat('\n')
}
