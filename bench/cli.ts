// The `rolecall` command as users run it: a cold Node process per call.
// - cli-list-cold-start: `rolecall list` on a 5,000-profile config against the AWS CLI's
//   `aws configure list-profiles` on the same files; once as usual (the listing cache is warm after
//   the first run), once with the cache emptied before every run.
// - cli-export: `rolecall export ROLE` against the local STS against a bare script that makes one
//   AssumeRoleCommand with @aws-sdk/client-sts, also in a cold process.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { credentialsSection } from '../test/support/aws-home'
import { ALICE, ROLES, startWorld } from '../test/support/world'
import { CLI, run, type CliResult } from '../test/cli/run-cli'
import { writeBigConfig } from './big-config'
import { interleaved, line } from './report'

const AWS = '/usr/bin/aws'
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ROUNDS = { warmup: 1, rounds: 10 }

async function succeeds(result: Promise<CliResult>): Promise<void> {
  const { code, stderr } = await result
  if (code !== 0) throw new Error(`exited ${code}: ${stderr}`)
}

export async function cliListColdStart(): Promise<string[]> {
  if (!existsSync(AWS)) return [`bench: cli-list-cold-start skipped (${AWS} is not installed)`]
  const big = writeBigConfig(5000)
  const dataDir = mkdtempSync(join(tmpdir(), 'rolecall-bench-data-'))
  try {
    const env = { HOME: big.dir, AWS_CONFIG_FILE: big.configFile, AWS_SHARED_CREDENTIALS_FILE: big.credentialsFile, ROLECALL_DATA_DIR: dataDir }
    const rolecall = () => succeeds(run(process.execPath, [CLI, 'list'], env))
    const aws = () => succeeds(run(AWS, ['configure', 'list-profiles'], { ...env, AWS_EC2_METADATA_DISABLED: 'true' }))
    const warm = await interleaved(rolecall, aws, ROUNDS)
    const uncached = await interleaved(async () => {
      rmSync(join(dataDir, 'cli-cache'), { recursive: true, force: true })
      await rolecall()
    }, aws, ROUNDS)
    return [
      line({ name: 'cli-list-cold-start', value: warm.subject, unit: 'ms', baseline: warm.baseline }),
      line({ name: 'cli-list-cold-start-uncached', value: uncached.subject, unit: 'ms', baseline: uncached.baseline })
    ]
  } finally {
    rmSync(big.dir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  }
}

// One AssumeRole with the SDK alone: the least any tool that assumes a role in a fresh process does.
const BARE_ASSUME = `
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
const [endpoint, accessKeyId, secretAccessKey, roleArn] = process.argv.slice(1)
const sts = new STSClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId, secretAccessKey } })
const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'bench', DurationSeconds: 3600 }))
process.stdout.write(JSON.stringify(out.Credentials) + '\\n')
`

export async function cliExport(): Promise<string[]> {
  const world = await startWorld()
  const dataDir = mkdtempSync(join(tmpdir(), 'rolecall-bench-data-'))
  try {
    world.home.write({
      config: `[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\nregion = eu-west-1\n`,
      credentials: credentialsSection('base', ALICE)
    })
    const env = { ...world.home.env, ROLECALL_DATA_DIR: dataDir, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
    const rolecall = () => succeeds(run(process.execPath, [CLI, 'export', 'admin'], env))
    const bare = () =>
      succeeds(
        run(process.execPath, ['--input-type=module', '-e', BARE_ASSUME, world.sts.url, ALICE.accessKeyId, ALICE.secretAccessKey, ROLES.admin], env, '', ROOT)
      )
    const { subject, baseline } = await interleaved(rolecall, bare, { warmup: 2, rounds: 10 })
    return [line({ name: 'cli-export', value: subject, unit: 'ms', baseline })]
  } finally {
    await world.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** `rolecall credential-process` answered by the running app over the broker, against a bare Node start. */
export async function cliBrokerCredentialProcess(): Promise<string[]> {
  const world = await startWorld()
  const dataDir = mkdtempSync(join(tmpdir(), 'rolecall-bench-data-'))
  const { startBroker } = await import('../src/main/core/broker/server')
  try {
    world.home.write({
      config: `[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\n`,
      credentials: credentialsSection('base', ALICE)
    })
    await world.core.loadCatalog()
    const broker = await startBroker({ core: world.core, dataDir, showWindow: () => undefined })
    const env = { ...world.home.env, ROLECALL_DATA_DIR: dataDir }
    const viaBroker = () => succeeds(run(process.execPath, [CLI, 'credential-process', 'admin'], env))
    const bareNode = () => succeeds(run(process.execPath, ['-e', '0'], env))
    const { subject, baseline } = await interleaved(viaBroker, bareNode, { warmup: 3, rounds: 20 })
    await broker.close()
    return [line({ name: 'cli-credential-process-broker', value: subject, unit: 'ms', baseline })]
  } finally {
    await world.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
