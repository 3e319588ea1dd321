// Debian's AWS CLI v2 uses what rolecall gives it, against the local STS: the exported environment,
// an ini section in a credentials file, and rolecall as its credential_process. Each time AWS says
// the caller is the assumed role.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { removeProcessProfiles, writeProcessProfiles } from '../../src/main/core/credentials-out/process-profiles/block'
import { processProfileEntries } from '../../src/main/core/credentials-out/process-profiles/entries'
import { ACCOUNT, type World } from '../support/world'
import { CONFIG, startCliWorld } from './fixture'
import { CLI, run, runCli } from './run-cli'

const AWS = '/usr/bin/aws'
const ADMIN_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/cli-test`

let world: World
let env: Record<string, string>

/** The AWS CLI 2.9 does not read AWS_ENDPOINT_URL_STS, so the endpoint goes on the command line. */
async function callerIdentity(extraEnv: Record<string, string>, shellPrefix = ''): Promise<{ Arn?: string }> {
  const command = `${shellPrefix}\n${AWS} sts get-caller-identity --endpoint-url ${world.sts.url} --region us-east-1 --output json`
  const result = await run('bash', ['--norc', '--noprofile', '-c', command], { ...env, ...extraEnv })
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as { Arn?: string }
}

describe.skipIf(!existsSync(AWS))(`the AWS CLI at ${AWS} (skipped when it is not installed)`, () => {
  beforeAll(async () => {
    ;({ world, env } = await startCliWorld())
    // credential_process runs rolecall with the AWS CLI's own environment, which points at this AWS home.
    const credentialProcess = `credential_process = ${process.execPath} ${CLI} credential-process admin`
    world.home.write({ config: `${CONFIG}[profile via-rolecall]\n${credentialProcess}\n` })
  })
  afterAll(async () => world?.close())

  it('takes the exported environment', async () => {
    const { stdout } = await runCli(['export', 'admin'], env)
    expect((await callerIdentity({}, stdout)).Arn).toBe(ADMIN_ARN)
  })

  it('takes the ini section as a credentials file', async () => {
    const { stdout } = await runCli(['export', 'admin', '--format', 'ini'], env)
    const credentials = join(world.home.dir, 'exported-credentials')
    writeFileSync(credentials, stdout)
    // An empty config, or the config's own [profile admin] (a role_arn) would win over the section.
    const config = join(world.home.dir, 'empty-config')
    writeFileSync(config, '')
    const identity = await callerIdentity({ AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_CONFIG_FILE: config, AWS_PROFILE: 'admin' })
    expect(identity.Arn).toBe(ADMIN_ARN)
  })

  it('runs rolecall as its credential_process', async () => {
    expect((await callerIdentity({ AWS_PROFILE: 'via-rolecall' })).Arn).toBe(ADMIN_ARN)
  })

  it("uses the credential_process profiles Rolecall adds to the config, and they go away cleanly", async () => {
    const before = readFileSync(world.home.configFile, 'utf8')
    await writeProcessProfiles(world.home.configFile, processProfileEntries([{ key: 'profile.admin', displayName: 'admin', profile: 'admin' }], [process.execPath, CLI]))
    expect((await callerIdentity({ AWS_PROFILE: 'rolecall-admin' })).Arn).toBe(ADMIN_ARN)
    expect(await removeProcessProfiles(world.home.configFile)).toBe(true)
    expect(readFileSync(world.home.configFile, 'utf8')).toBe(before)
  })
})
