// Hostile command lines for the built `rolecall` CLI: bad arguments, unknown and absurd role names,
// control characters, out-of-range values, MFA without a terminal, a broken STS. Each ends with the
// documented exit code (2 usage, 3 config, 4 auth, 5 network, 1 other), a message on stderr and
// nothing on stdout: never a stack trace, never a signal.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCliWorld } from '../cli/fixture'
import { runCli, type CliResult } from '../cli/run-cli'
import type { World } from '../support/world'
import { closedPort } from './support/closed-port'
import { makeReadOnly } from './support/read-only'
import { hostileTally } from './support/tally'

const tally = hostileTally('Hostile CLI input')

// The documented exit codes (src/main/cli/exit-codes.ts, `rolecall --help`).
const OTHER = 1
const USAGE = 2
const CONFIG = 3
const AUTH = 4
const NETWORK = 5

let world: World
let env: Record<string, string>
beforeAll(async () => {
  ;({ world, env } = await startCliWorld())
})
afterAll(async () => world?.close())

const TEN_KB = 'r'.repeat(10 * 1024)
const CONTROL = '\u001b[31mred\u0007\b\r\u007f\u009b'

/** Runs the CLI and checks the part every failure shares: its code, stderr only, no crash. */
async function fails(args: string[], code: number, message: RegExp, environment = env): Promise<CliResult> {
  tally.input()
  const result = await runCli(args, environment)
  // A JavaScript stack trace or a signal means something threw past the CLI's own error handling.
  const crashed = result.code === null || result.code > NETWORK || /\n\s+at .+:\d+:\d+/.test(result.stderr)
  if (crashed) tally.crash(`rolecall ${args.join(' ').slice(0, 80)} → ${result.code}: ${result.stderr.slice(0, 300)}`)
  expect({ code: result.code, stdout: result.stdout }, result.stderr.slice(0, 500)).toEqual({ code, stdout: '' })
  expect(result.stderr).toMatch(/^rolecall: /)
  expect(result.stderr).toMatch(message)
  expect(crashed).toBe(false)
  return result
}

describe('usage errors exit 2', () => {
  it.each([
    ['a 10 KB command', [TEN_KB], /unknown command/],
    ['control characters as the command', [CONTROL], /unknown command/],
    ['an option before the command', ['--format', 'bash', 'export'], /options go after the command/],
    ['a 10 KB format', ['export', 'admin', '--format', TEN_KB], /--format ".*" is not one of/],
    ['a shell injection as format', ['export', 'admin', '--format', 'bash; rm -rf ~'], /--format/],
    ['a duration too large for a number', ['export', 'admin', '--duration', `${'9'.repeat(400)}h`], /--duration/],
    ['a duration in exponent form', ['export', 'admin', '--duration', '1e3'], /--duration/],
    ['a hexadecimal duration', ['export', 'admin', '--duration', '0x384'], /--duration/],
    ['a repeated unit', ['export', 'admin', '--duration', '15m15m'], /--duration/],
    ['a duration with spaces', ['export', 'admin', '--duration', ' 900 '], /--duration/],
    ['an empty duration', ['export', 'admin', '--duration', ''], /--duration needs a value/],
    ['an MFA code in Arabic-Indic digits', ['export', 'mfa', '--mfa-code', '١٢٣٤٥٦'], /--mfa-code: /],
    ['an MFA code with a newline', ['export', 'mfa', '--mfa-code', '123456\n'], /--mfa-code: /],
    ['a region with a newline', ['console', 'admin', '--region', 'eu-west-1\nx'], /--region ".*" is not a region name/s],
    ['a region made of a command', ['console', 'admin', '--region', '$(id)'], /--region/],
    ['a console destination full of path tricks', ['console', 'admin', '--print', '--destination', '../../evil.example/?x=1#'], /--destination ".*" is not a console service name/],
    ['an unknown option carrying control characters', ['list', `--${CONTROL}`], /Unknown option/],
    ['a second ROLE', ['export', 'admin', TEN_KB], /unexpected argument/],
    ['a ROLE for list', ['list', TEN_KB], /"list" takes no ROLE/]
  ])('%s', async (_label, args, message) => {
    await fails(args, USAGE, message)
  })
})

describe('configuration errors exit 3', () => {
  it.each([
    ['a 10 KB role name', [TEN_KB]],
    ['a role name with control characters', [CONTROL]],
    ['a unicode role name', ['日本語ロール']],
    ['a role name that looks like an option, after --', ['--', '-admin']],
    ['a prototype key as role name', ['__proto__']],
    ['a role id of another kind', ['profile:constructor']]
  ])('%s', async (_label, role) => {
    await fails(['export', ...role], CONFIG, /Unknown role \(UnknownRole\): No role is called/)
  })

  it('a profile whose source does not exist', async () => {
    await fails(['credential-process', 'broken'], CONFIG, /\(ConfigProblem\)/)
  })
})

describe('authentication errors exit 4', () => {
  it('a role that needs MFA, without a terminal to ask on', async () => {
    await fails(['export', 'mfa'], AUTH, /\(MfaRequired\).*--mfa-code CODE/)
  })

  it('a wrong MFA code', async () => {
    await fails(['export', 'mfa', '--mfa-code', '000000'], AUTH, /\(AccessDenied\)/)
  })

  it('a role that does not trust the source', async () => {
    await fails(['whoami', 'untrusted'], AUTH, /\(AccessDenied\)/)
  })
})

describe('network and service errors exit 5', () => {
  it('STS refusing connections', async () => {
    await fails(['export', 'admin'], NETWORK, /\(ConnectionFailed\)/, { ...env, AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${await closedPort()}` })
  })

  it('STS answering 10 MB', async () => {
    world.sts.injectFault({ kind: 'huge', action: 'AssumeRole', bytes: 10 * 1024 * 1024 })
    tally.fault()
    try {
      await fails(['export', 'admin'], NETWORK, /\(MalformedResponse\).*larger than/)
    } finally {
      world.sts.clearFaults()
    }
  })
})

describe('anything else exits 1', () => {
  it('a credentials file on a read-only disk', async (ctx) => {
    const readOnly = makeReadOnly(world.home.dir)
    if ('unavailable' in readOnly) return ctx.skip(readOnly.unavailable)
    tally.fault()
    try {
      await fails(['export', 'admin', '--to-credentials-file', 'rolecall-admin'], OTHER, /not writable\. The file was left as it was/)
    } finally {
      readOnly.undo()
    }
  })
})

describe('a data folder that cannot hold settings', () => {
  it('is a file: the command still works, and says the settings cannot be kept', async () => {
    const file = join(world.home.dir, 'not-a-folder')
    writeFileSync(file, 'x')
    tally.input()
    const result = await runCli(['export', 'admin'], { ...env, ROLECALL_DATA_DIR: file })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^export AWS_SESSION_TOKEN=/m)
    expect(result.stderr).toMatch(/^rolecall: Rolecall cannot keep its settings in .*not-a-folder \(ENOTDIR.*\)\. It started from defaults; changes last until Rolecall quits\.$/m)
  })
})
