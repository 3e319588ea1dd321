import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatExport, sectionName, UnsafeExportValueError } from './export-format'

const nasty = {
  accessKeyId: 'ASIAEXAMPLE123',
  secretAccessKey: `wJalr/XUtnFEMI+K7MDENG=bPxRfi'CY"EX $HOME \`id\` \\n`,
  sessionToken: 'FwoGZXIvYXdzE+//////////wEaDP1=/+token with spaces',
  expiresAt: Date.parse('2030-01-02T03:04:05.000Z')
}
// What cmd, PowerShell and dotenv readers treat specially, each in one value.
const hostile = `a%PATH%b%%c!x!^&|<>()"q"&r"s'‘’‚‛t$u\${v}\`w\\x\\"y`
const EXPIRY = '2030-01-02T03:04:05.000Z'

const SHELL = {
  bash: ['bash', ['--norc', '--noprofile', '-c']],
  zsh: ['zsh', ['-f', '-c']],
  fish: ['fish', ['--no-config', '-c']]
} as const

describe('formatExport', () => {
  it('writes every variable, the region only when known, and the expiry in ISO form', () => {
    const text = formatExport('bash', { credentials: nasty, region: 'eu-west-1' })
    expect(text.split('\n').filter(Boolean).map((l) => l.split('=')[0])).toEqual([
      'export AWS_ACCESS_KEY_ID',
      'export AWS_SECRET_ACCESS_KEY',
      'export AWS_SESSION_TOKEN',
      'export AWS_REGION',
      'export AWS_CREDENTIAL_EXPIRATION'
    ])
    expect(text).toContain(`export AWS_CREDENTIAL_EXPIRATION='${EXPIRY}'`)
    expect(formatExport('bash', { credentials: nasty })).not.toContain('AWS_REGION')
  })

  // Real shells evaluate each snippet: the values must come back byte for byte, with nothing expanded.
  it.each(['bash', 'zsh', 'fish'] as const)('%s evaluates to the exact values', (format) => {
    const [shell, args] = SHELL[format]
    const snippet = formatExport(format, { credentials: { ...nasty, sessionToken: hostile }, region: 'us-gov-west-1' })
    const script = `${snippet}\nprintf '%s\\0' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_SESSION_TOKEN" "$AWS_REGION" "$AWS_CREDENTIAL_EXPIRATION"`
    const out = execFileSync(shell, [...args, script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
    expect(out.split('\0').slice(0, 5)).toEqual([nasty.accessKeyId, nasty.secretAccessKey, hostile, 'us-gov-west-1', EXPIRY])
  })

  // No PowerShell, cmd or dotenv reader runs here, so each snippet is read back by a model of that
  // reader's documented quoting rules, strict enough to reject anything the real one would misread.
  describe.each([
    ['pwsh', readPwsh],
    ['cmd', readCmdBatch],
    ['dotenv', readDotenv]
  ] as const)('%s', (format, read) => {
    it('reads back the exact values, hostile characters included', () => {
      const credentials = { ...nasty, sessionToken: hostile }
      const lines = formatExport(format, { credentials, region: 'eu-west-1' }).trimEnd().split('\n')
      expect(lines.map(read)).toEqual([
        ['AWS_ACCESS_KEY_ID', nasty.accessKeyId],
        ['AWS_SECRET_ACCESS_KEY', nasty.secretAccessKey],
        ['AWS_SESSION_TOKEN', hostile],
        ['AWS_REGION', 'eu-west-1'],
        ['AWS_CREDENTIAL_EXPIRATION', EXPIRY]
      ])
    })
  })

  it('writes PowerShell, cmd and dotenv lines in their usual shape', () => {
    const plain = { ...nasty, secretAccessKey: 'abc/+=', sessionToken: 'tok' }
    expect(formatExport('pwsh', { credentials: plain })).toContain("$Env:AWS_SECRET_ACCESS_KEY = 'abc/+='\n")
    expect(formatExport('cmd', { credentials: plain })).toContain('set "AWS_SECRET_ACCESS_KEY=abc/+="\n')
    expect(formatExport('dotenv', { credentials: plain })).toContain('AWS_SECRET_ACCESS_KEY="abc/+="\n')
    expect(formatExport('pwsh', { credentials: { ...plain, sessionToken: "it's" } })).toContain("$Env:AWS_SESSION_TOKEN = 'it''s'")
    expect(formatExport('cmd', { credentials: { ...plain, sessionToken: '50%"&' } })).toContain('set "AWS_SESSION_TOKEN=50%%"^&"')
    expect(formatExport('dotenv', { credentials: { ...plain, sessionToken: 'a"b\\c$d\ne' } })).toContain('AWS_SESSION_TOKEN="a\\"b\\\\c\\$d\\ne"')
  })

  it('refuses a line break for cmd, which cannot set one', () => {
    expect(() => formatExport('cmd', { credentials: { ...nasty, sessionToken: 'a\nb' } })).toThrow(UnsafeExportValueError)
  })

  it('prints the credential_process document', () => {
    expect(JSON.parse(formatExport('json', { credentials: nasty, region: 'eu-west-1' }))).toEqual({
      Version: 1,
      AccessKeyId: nasty.accessKeyId,
      SecretAccessKey: nasty.secretAccessKey,
      SessionToken: nasty.sessionToken,
      Expiration: EXPIRY
    })
  })

  it('writes a credentials-file section that the SDK parser reads back exactly', async () => {
    const text = formatExport('ini', { credentials: nasty, region: 'eu-west-1', profile: 'team admin' })
    expect(text.split('\n').slice(0, 2)).toEqual(['[team-admin]', `# expires ${EXPIRY}`])
    expect(text).not.toMatch(/region/)
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-ini-'))
    try {
      writeFileSync(join(dir, 'credentials'), `[other]\naws_access_key_id = x\n\n${text}`)
      const files = await loadSharedConfigFiles({ filepath: join(dir, 'credentials'), configFilepath: join(dir, 'none'), ignoreCache: true })
      expect(files.credentialsFile['team-admin']).toEqual({
        aws_access_key_id: nasty.accessKeyId,
        aws_secret_access_key: nasty.secretAccessKey,
        aws_session_token: nasty.sessionToken
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.each(['a #b', 'a ;b', ' lead', 'trail ', 'a\nb'])('refuses an ini value it cannot carry: %j', (token) => {
    expect(() => formatExport('ini', { credentials: { ...nasty, sessionToken: token } })).toThrow(UnsafeExportValueError)
  })

  it('sanitises section names to what the SDK parser keeps', () => {
    expect(sectionName('prod-admin')).toBe('prod-admin')
    expect(sectionName('Team Admin [EU]')).toBe('Team-Admin-EU')
    expect(sectionName('a#b;c')).toBe('a-b-c')
    expect(sectionName(' ')).toBe('rolecall')
    expect(sectionName(undefined)).toBe('rolecall')
  })
})

/**
 * PowerShell: `$Env:NAME = '…'` is a verbatim string. It ends at any single-quote character (' ‘ ’ ‚ ‛)
 * unless another follows, and that pair stands for the second; everything else, `$` and backtick too, is literal.
 */
function readPwsh(line: string): [string, string] {
  const m = /^\$Env:(\w+) = '/.exec(line)
  if (!m) throw new Error(`not a pwsh assignment: ${line}`)
  const quote = /['\u2018\u2019\u201A\u201B]/
  const chars = [...line.slice(m[0].length)]
  let value = ''
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    if (!quote.test(ch)) value += ch
    else if (quote.test(chars[i + 1] ?? '')) value += chars[++i]
    else if (i === chars.length - 1) return [m[1]!, value]
    else throw new Error(`string ends early at ${i}: ${line}`)
  }
  throw new Error(`unterminated string: ${line}`)
}

/**
 * cmd.exe running a batch file: phase 1 turns `%%` into `%` and would expand any other `%…%`; phase 2
 * toggles quote mode at each `"`, and outside quotes `^` escapes the next character while `& | < >`
 * end the command. `set "NAME=value"` then keeps the text up to the last quote.
 */
function readCmdBatch(line: string): [string, string] {
  let afterPercent = ''
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '%') afterPercent += line[i]
    else if (line[i + 1] === '%') afterPercent += line[++i]
    else throw new Error(`a lone % would expand a variable: ${line}`)
  }
  let quoted = false
  let command = ''
  for (let i = 0; i < afterPercent.length; i++) {
    const ch = afterPercent[i]!
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === '^') {
      command += afterPercent[++i] ?? ''
      continue
    } else if (!quoted && '&|<>'.includes(ch)) throw new Error(`unquoted ${ch} would end the command: ${line}`)
    command += ch
  }
  const m = /^set "([^=]+)=/.exec(command)
  if (!m) throw new Error(`not a quoted set: ${line}`)
  const last = command.lastIndexOf('"')
  if (last !== command.length - 1) throw new Error(`text after the closing quote: ${line}`)
  return [m[1]!, command.slice(m[0].length, last)]
}

/** dotenv (bkeepers/dotenv, godotenv): in double quotes `\n` and `\r` are line breaks, `\x` is x, and a bare `$` or `"` is not allowed. */
function readDotenv(line: string): [string, string] {
  const m = /^(\w+)="(.*)"$/s.exec(line)
  if (!m) throw new Error(`not a double-quoted dotenv line: ${line}`)
  const body = m[2]!
  let value = ''
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (ch === '\\') {
      const next = body[++i] ?? ''
      value += next === 'n' ? '\n' : next === 'r' ? '\r' : next
    } else if (ch === '$' || ch === '"') throw new Error(`unescaped ${ch}: ${line}`)
    else value += ch
  }
  return [m[1]!, value]
}
