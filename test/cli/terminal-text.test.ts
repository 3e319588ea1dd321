// Text from files and from AWS reaches the terminal only through the CLI's one escaper: a config file
// or a sign-in endpoint full of escape sequences, BEL, C1 controls and bidi overrides cannot retitle or
// clear the terminal, or make a name read as another; what it holds is shown as \u001b-style escapes.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { World } from '../support/world'
import { CONFIG, startCliWorld } from './fixture'
import { runCli } from './run-cli'

// What a terminal acts on, or what reorders or hides text.
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const HOSTILE = '\x1b]0;pwned\x07\x1b[2J\u009b31m\u202e'
const SHOWN = '\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e'

let world: World
let env: Record<string, string>
let signin: Server

beforeAll(async () => {
  ;({ world, env } = await startCliWorld())
  const hostileProfiles = [
    `[profile evil${HOSTILE}]`,
    'role_arn = arn:aws:iam::123456789012:role/Admin',
    '[profile hostile]',
    'role_arn = arn:aws:iam::123456789012:role/Admin',
    `source_profile = ${HOSTILE}`,
    `region = eu-west-1${HOSTILE}`,
    ''
  ].join('\n')
  world.home.write({ config: CONFIG + hostileProfiles })
  // A sign-in endpoint that refuses with an error text full of control characters.
  signin = createServer((_, response) => response.writeHead(400, { 'content-type': 'text/plain' }).end(`Bad request ${HOSTILE}`))
  await new Promise<void>((resolve) => signin.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  signin?.close()
  await world?.close()
})

function expectShownSafely(text: string): void {
  expect(text).not.toMatch(HIDDEN)
  expect(text).toContain(SHOWN)
}

describe('text from files and AWS on the terminal', () => {
  it('rolecall list shows hostile names and values as escapes, in the table and in the warnings', async () => {
    const { code, stdout, stderr } = await runCli(['list'], env)
    expect(code).toBe(0)
    expectShownSafely(stdout)
    expectShownSafely(stderr)
    expect(stdout).toMatch(/^hostile\s/m)
  })

  it("an error naming a config file's value shows it as escapes", async () => {
    const { code, stdout, stderr } = await runCli(['export', 'hostile'], env)
    expect(stdout).toBe('')
    expect(code).not.toBe(0)
    expectShownSafely(stderr)
  })

  it("an AWS endpoint's error text is shown as escapes", async () => {
    const endpoint = `http://127.0.0.1:${(signin.address() as AddressInfo).port}`
    const { code, stderr } = await runCli(['console', 'admin', '--print'], { ...env, AWS_ENDPOINT_URL_SIGNIN: endpoint })
    expect(code).not.toBe(0)
    expect(stderr).toMatch(/sign-in endpoint answered 400: Bad request/)
    expectShownSafely(stderr)
  })
})
