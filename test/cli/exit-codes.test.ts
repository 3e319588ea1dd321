// Failures of the built CLI: each kind has its own exit code, a message in plain words with the AWS
// error code on stderr, and nothing on stdout.
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { World } from '../support/world'
import { startCliWorld } from './fixture'
import { runCli, type CliResult } from './run-cli'

let world: World
let env: Record<string, string>

beforeAll(async () => {
  ;({ world, env } = await startCliWorld())
})
afterAll(async () => world?.close())

function expectFailure(result: CliResult, code: number, message: RegExp): void {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code, stdout: '' })
  expect(result.stderr).toMatch(message)
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('usage errors exit 2', () => {
  it.each([
    [['frobnicate'], /^rolecall: unknown command "frobnicate"\. Run "rolecall --help" for usage\.$/m],
    [[], /^rolecall: no command given\./m],
    [['export'], /^rolecall: missing ROLE: .* Run "rolecall export --help" for usage\.$/m],
    [['console'], /^rolecall: missing ROLE/m],
    [['export', 'admin', '--format', 'tcsh'], /--format "tcsh" is not one of bash, zsh, fish, pwsh, cmd, dotenv, json, ini\./],
    [['export', 'admin', '--duration', '5m'], /--duration "5m" is not a session length from 15m to 12h/],
    [['export', 'admin', '--duration', '13h'], /--duration "13h"/],
    [['export', 'admin', '--duration', 'soon'], /--duration "soon"/],
    [['export', 'admin', '--mfa-code', '12ab'], /--mfa-code: An MFA code is 6 digits\./],
    [['export', 'admin', 'extra'], /unexpected argument "extra"/],
    [['list', '--verbose'], /^rolecall: Unknown option '--verbose'\. Run "rolecall list --help"/m],
    [['list', 'admin'], /"list" takes no ROLE/],
    [['console', 'admin', '--region', 'mars'], /--region "mars" is not a region name/],
    [['--frob'], /unknown option "--frob"/]
  ])('%j', async (args, message) => {
    expectFailure(await runCli(args, env), 2, message)
  })

  it('prints help to stdout and exits 0 for --help', async () => {
    const program = await runCli(['--help'], env)
    expect(program).toMatchObject({ code: 0, stderr: '' })
    expect(program.stdout).toMatch(/^Exit codes:\n {2}0 {2}success\n {2}2 {2}usage/m)
    for (const args of [['export', '--help'], ['help', 'export'], ['whoami', '-h']]) {
      const result = await runCli(args, env)
      expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(result.stdout).toMatch(/^Usage: rolecall (export|whoami) /m)
    }
    expect(await runCli(['--version'], env)).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' })
  })
})

describe('failures exit by kind', () => {
  it('3 for a role that does not exist', async () => {
    expectFailure(await runCli(['export', 'nope'], env), 3, /^rolecall: Unknown role \(UnknownRole\): No role is called "nope"; "rolecall list" shows the names and keys to use\.$/m)
  })

  it('3 for a profile that cannot be used as configured', async () => {
    expectFailure(await runCli(['export', 'broken'], env), 3, /^rolecall: This profile cannot be used as it is \(ConfigProblem\): source_profile "nowhere"/m)
  })

  it('3 when there are no source credentials', async () => {
    const home = { ...env, AWS_SHARED_CREDENTIALS_FILE: `${world.home.dir}/no-such-file`, AWS_CONFIG_FILE: `${world.home.dir}/no-config` }
    expectFailure(await runCli(['whoami'], home), 3, /^rolecall: No AWS credentials found \(NoCredentials\)/m)
  })

  it('4 when AWS refuses the assume', async () => {
    expectFailure(await runCli(['export', 'untrusted'], env), 4, /^rolecall: Access denied \(AccessDenied\): .*AWS said: /m)
  })

  it('5 when STS cannot be reached', async () => {
    const down = { ...env, AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${await closedPort()}` }
    expectFailure(await runCli(['export', 'admin'], down), 5, /^rolecall: Cannot reach AWS STS \(ConnectionFailed\)/m)
  })

  it('5 when STS fails on its side', async () => {
    world.sts.injectFault({ kind: 'http500', times: 10 })
    try {
      expectFailure(await runCli(['export', 'long'], env), 5, /\(InternalFailure\)/)
    } finally {
      world.sts.clearFaults()
    }
  })
})
