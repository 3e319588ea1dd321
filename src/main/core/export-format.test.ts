import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { exportFormats } from '../../shared/contract'
import { formatExport } from './export-format'

const nasty = {
  accessKeyId: 'ASIAEXAMPLE123',
  secretAccessKey: `wJalr/XUtnFEMI+K7MDENG=bPxRfi'CY"EX $HOME \`id\` \\n`,
  sessionToken: 'FwoGZXIvYXdzE+//////////wEaDP1=/+token with spaces',
  expiresAt: Date.parse('2030-01-02T03:04:05.000Z')
}

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
    expect(text).toContain("export AWS_CREDENTIAL_EXPIRATION='2030-01-02T03:04:05.000Z'")
    expect(formatExport('bash', { credentials: nasty })).not.toContain('AWS_REGION')
  })

  // Real shells evaluate each snippet: the values must come back byte for byte, with nothing expanded.
  it.each(exportFormats)('%s evaluates to the exact values', (format) => {
    const [shell, args] = SHELL[format]
    const snippet = formatExport(format, { credentials: nasty, region: 'us-gov-west-1' })
    const script = `${snippet}\nprintf '%s\\0' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_SESSION_TOKEN" "$AWS_REGION" "$AWS_CREDENTIAL_EXPIRATION"`
    const out = execFileSync(shell, [...args, script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
    expect(out.split('\0').slice(0, 5)).toEqual([
      nasty.accessKeyId,
      nasty.secretAccessKey,
      nasty.sessionToken,
      'us-gov-west-1',
      '2030-01-02T03:04:05.000Z'
    ])
  })
})
