// The built CLI against the local STS: every command's output, as a user or a script would see it.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportFormats } from '../../src/shared/export-formats'
import { ACCOUNT, ALICE, ROLES, type World } from '../support/world'
import { CONFIG, startCliWorld } from './fixture'
import { CLI, run, runCli } from './run-cli'

const ADMIN_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/cli-test`

let world: World
let env: Record<string, string>
const cli = (...args: string[]) => runCli(args, env)

beforeAll(async () => {
  ;({ world, env } = await startCliWorld())
  const settings = {
    roles: [{ id: 'app-1', displayName: 'App ReadOnly', roleArn: ROLES.readOnly, region: 'us-west-2' }],
    favourites: ['profile:admin']
  }
  writeFileSync(join(env.ROLECALL_DATA_DIR!, 'settings.json'), JSON.stringify(settings))
})
afterAll(async () => world?.close())

describe('rolecall list', () => {
  it('prints a table of app roles and config roles, and says on stderr what is wrong with a profile', async () => {
    const { code, stdout, stderr } = await cli('list')
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^NAME\s+ACCOUNT\s+ROLE\s+REGION\s+NOTES$/)
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual(['App ReadOnly', 'admin', 'long', 'mfa', 'untrusted', 'broken'])
    expect(lines.find((l) => l.startsWith('admin'))).toMatch(/^admin\s+123456789012\s+Admin\s+eu-west-1\s+favourite$/)
    expect(lines.find((l) => l.startsWith('App ReadOnly'))).toMatch(/\sapp, key app\.app-1$/)
    expect(lines.find((l) => l.startsWith('mfa'))).toMatch(/\smfa$/)
    expect(lines.find((l) => l.startsWith('broken'))).toMatch(/PROBLEM$/)
    expect(stderr).toMatch(/^rolecall: "broken" cannot be used: source_profile "nowhere"/m)
  })

  it('prints the same roles as JSON', async () => {
    const { code, stdout } = await cli('list', '--json')
    expect(code).toBe(0)
    const roles = JSON.parse(stdout) as { id: string; origin: string; favourite: boolean; accountId: string }[]
    expect(roles.map((r) => r.id)).toEqual(['app-1', 'profile:admin', 'profile:long', 'profile:mfa', 'profile:untrusted', 'profile:broken'])
    expect(roles[0]).toMatchObject({ origin: 'app', key: 'app.app-1', displayName: 'App ReadOnly', region: 'us-west-2', accountId: ACCOUNT })
    expect(roles[1]).toMatchObject({ origin: 'config', key: 'profile.admin', profile: 'admin', favourite: true })
  })
})

describe('rolecall list, listed again', () => {
  it('shows edits to the AWS config and the settings at once, cache or not', async () => {
    const before = (await cli('list')).stdout
    world.home.write({ config: `${CONFIG}[profile added]\nrole_arn = ${ROLES.readOnly}\nsource_profile = base\n` })
    const settingsFile = join(env.ROLECALL_DATA_DIR!, 'settings.json')
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>
    writeFileSync(settingsFile, JSON.stringify({ ...settings, favourites: ['profile:long'] }))
    try {
      const after = (await cli('list')).stdout
      expect(after).not.toBe(before)
      expect(after).toMatch(/^added\s+123456789012\s+ReadOnly\s*$/m)
      expect(after).toMatch(/^long\s.*favourite$/m)
      expect(after).toMatch(/^admin\s+123456789012\s+Admin\s+eu-west-1\s*$/m)
    } finally {
      world.home.write({ config: CONFIG })
      writeFileSync(settingsFile, JSON.stringify(settings))
    }
  })
})

describe('rolecall export', () => {
  it.each(exportFormats)('prints the %s format with the assumed credentials', async (format) => {
    const { code, stdout, stderr } = await cli('export', 'admin', '--format', format)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const keyId = /ASIA\w+/.exec(stdout)?.[0]
    expect(keyId).toBeDefined()
    const shapes: Record<typeof format, RegExp> = {
      bash: /^export AWS_ACCESS_KEY_ID='ASIA\w+'$/m,
      zsh: /^export AWS_ACCESS_KEY_ID='ASIA\w+'$/m,
      fish: /^set -gx AWS_ACCESS_KEY_ID 'ASIA\w+'$/m,
      pwsh: /^\$Env:AWS_ACCESS_KEY_ID = 'ASIA\w+'$/m,
      cmd: /^set "AWS_ACCESS_KEY_ID=ASIA\w+"$/m,
      dotenv: /^AWS_ACCESS_KEY_ID="ASIA\w+"$/m,
      json: /^ {2}"AccessKeyId": "ASIA\w+",$/m,
      ini: /^\[admin\]\n# expires \d{4}-\d\d-\d\dT[\d:.]+Z\naws_access_key_id = ASIA\w+$/m
    }
    expect(stdout).toMatch(shapes[format])
    if (!['json', 'ini'].includes(format)) {
      expect(stdout).toMatch(/AWS_REGION\W+eu-west-1/)
      expect(stdout).toMatch(/AWS_CREDENTIAL_EXPIRATION\W+\d{4}-\d\d-\d\dT[\d:.]+Z/)
    }
  })

  it('exports that bash, zsh and fish evaluate to working credentials', async () => {
    for (const [format, shell, args] of [
      ['bash', 'bash', ['--norc', '--noprofile', '-c']],
      ['zsh', 'zsh', ['-f', '-c']],
      ['fish', 'fish', ['--no-config', '-c']]
    ] as const) {
      const { stdout } = await cli('export', 'admin', '--format', format)
      const out = execFileSync(shell, [...args, `${stdout}\nprintf '%s\\n' "$AWS_ACCESS_KEY_ID" "$AWS_REGION"`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
      expect(out).toMatch(/^ASIA\w+\neu-west-1\n$/)
    }
  })

  it('exports an app role, and records its use in the shared settings file', async () => {
    const { code, stdout } = await cli('export', 'App ReadOnly', '--format', 'json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ Version: 1 })
    const settings = JSON.parse(readFileSync(join(env.ROLECALL_DATA_DIR!, 'settings.json'), 'utf8')) as { recent?: Record<string, number> }
    expect(settings.recent?.['app-1']).toEqual(expect.any(Number))
  })

  it('asks STS for the --duration given', async () => {
    const before = world.sts.calls.length
    const { code, stdout } = await cli('export', 'long', '--duration', '1h30m', '--format', 'json')
    expect(code).toBe(0)
    const assume = world.sts.calls.slice(before).find((c) => c.action === 'AssumeRole')
    expect(assume?.params.DurationSeconds).toBe('5400')
    const expires = Date.parse((JSON.parse(stdout) as { Expiration: string }).Expiration)
    expect(expires - Date.now()).toBeGreaterThan(5300_000)
  })
})

describe('rolecall credential-process', () => {
  it('prints the credential_process document and nothing else', async () => {
    const { code, stdout, stderr } = await cli('credential-process', 'admin')
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const doc = JSON.parse(stdout) as Record<string, unknown>
    expect(Object.keys(doc)).toEqual(['Version', 'AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration'])
    expect(doc.Version).toBe(1)
    expect(new Date(doc.Expiration as string).toISOString()).toBe(doc.Expiration)
  })

  it('prints nothing on stdout when it fails', async () => {
    const { code, stdout, stderr } = await cli('credential-process', 'untrusted')
    expect({ code, stdout }).toEqual({ code: 4, stdout: '' })
    expect(stderr).toMatch(/^rolecall: Access denied \(AccessDenied\): /)
  })
})

describe('rolecall whoami', () => {
  it('shows the source identity', async () => {
    const { code, stdout } = await cli('whoami')
    expect(code).toBe(0)
    expect(stdout).toMatch(new RegExp(`^arn:\\s+${ALICE.arn}$`, 'm'))
    expect(stdout).toMatch(/^profile:\s+default$/m)
    expect(JSON.parse((await cli('whoami', '--json')).stdout)).toEqual({ profile: 'default', arn: ALICE.arn, account: ACCOUNT })
  })

  it('assumes a role and shows who it became, where from, and that AWS confirms it', async () => {
    const { code, stdout } = await cli('whoami', 'admin')
    expect(code).toBe(0)
    expect(stdout).toMatch(new RegExp(`^arn:\\s+${ADMIN_ARN}$`, 'm'))
    expect(stdout).toMatch(new RegExp(`^source:\\s+${ALICE.arn}$`, 'm'))
    expect(stdout).toMatch(/^confirmed:\s+yes/m)
    const json = JSON.parse((await cli('whoami', 'admin', '--json')).stdout) as Record<string, string>
    expect(json).toMatchObject({ role: 'admin', arn: ADMIN_ARN, account: ACCOUNT, source: ALICE.arn })
  })
})

describe('rolecall console', () => {
  it('prints a sign-in URL on the configured federation endpoint', async () => {
    const { code, stdout, stderr } = await cli('console', 'admin', '--print')
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const url = new URL(stdout.trim())
    expect(url.origin).toBe(new URL(world.sts.url).origin)
    expect(url.pathname).toBe('/federation')
    expect(url.searchParams.get('Action')).toBe('login')
    expect(url.searchParams.get('SigninToken')).toBeTruthy()
    expect(url.searchParams.get('Destination')).toBe('https://console.aws.amazon.com/console/home?region=eu-west-1')
  })

  it('takes a service and a region for the destination', async () => {
    const { code, stdout } = await cli('console', 'admin', '--print', '--destination', 's3', '--region', 'us-west-2')
    expect(code).toBe(0)
    expect(new URL(stdout.trim()).searchParams.get('Destination')).toBe('https://console.aws.amazon.com/s3/home?region=us-west-2')
  })

  it.runIf(process.platform === 'linux')('says so when no browser opener can be started, and suggests --print', async () => {
    const { code, stdout, stderr } = await runCli(['console', 'admin'], { ...env, PATH: '/nonexistent' })
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
    expect(stderr).toMatch(/^rolecall: Could not open a browser \(OpenFailed\): xdg-open could not be started: .*Use --print to get the URL\.$/m)
  })
})

describe('MFA', () => {
  it('fails with the auth exit code and says to pass --mfa-code when stdin is not a terminal', async () => {
    const { code, stdout, stderr } = await cli('export', 'mfa')
    expect({ code, stdout }).toEqual({ code: 4, stdout: '' })
    expect(stderr).toMatch(/^rolecall: MFA code needed \(MfaRequired\): .*--mfa-code CODE/)
  })

  it('assumes with --mfa-code', async () => {
    const { code, stdout } = await cli('export', 'mfa', '--mfa-code', ALICE.mfaCodes[0]!)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^export AWS_SESSION_TOKEN=/m)
  })

  // util-linux `script` runs the CLI on a pseudo-terminal, where it asks; typed-ahead lines answer in turn.
  it.skipIf(!existsSync('/usr/bin/script'))('asks on a terminal, again after a wrong or malformed code (skipped without /usr/bin/script)', async () => {
    const command = `'${process.execPath}' '${CLI}' export mfa --format dotenv`
    const typed = `000000\n12x\n${ALICE.mfaCodes[1]}\n`
    const { code, stdout } = await run('/usr/bin/script', ['-q', '-e', '-c', command, '/dev/null'], env, typed)
    expect(code).toBe(0)
    expect(stdout.match(/MFA code for arn:aws:iam::123456789012:mfa\/alice: /g)).toHaveLength(3)
    expect(stdout).toMatch(/rolecall: MFA code rejected \(AccessDenied\)/)
    expect(stdout).toMatch(/rolecall: An MFA code is 6 digits\./)
    expect(stdout).toMatch(/^AWS_SESSION_TOKEN="/m)
  })

  it('reports a rejected code as an authentication failure', async () => {
    const { code, stderr } = await cli('export', 'mfa', '--mfa-code', '000000')
    expect(code).toBe(4)
    expect(stderr).toMatch(/^rolecall: MFA code rejected \(AccessDenied\)/)
  })
})
