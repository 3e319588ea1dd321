// The credential_process profiles Rolecall adds, run by the real readers: the JS SDK's fromProcess (a
// shell) and Debian's AWS CLI v2 (botocore's own splitting). Roles with hostile display names and
// profile names, and a CLI installed under a hostile path: nothing in a name runs, and each profile
// answers with its own role's credentials. Also: an app role whose id is a profile's name cannot take
// that profile's place on the command line.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { fromProcess } from '@aws-sdk/credential-providers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentialsSection } from '../support/aws-home'
import { settingsConf } from '../support/settings-conf'
import { ACCOUNT, ALICE, ROLES, startWorld, type World } from '../support/world'
import { dispatch } from '../../src/main/core/ipc/ipc-router'
import { CLI, requireBuild, run, runCli } from './run-cli'

const AWS = '/usr/bin/aws'
const assumed = (role: string, session: string) => `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`

// Every one of these would create a canary-* file if any reader ran part of it as a command.
const HOSTILE_DIR = `My Apps $(touch canary-d1) \`touch canary-d2\` it's "q" ;x #1 é`
const HOSTILE_PROFILE = `ops $(touch canary-p1) \`touch canary-p2\` "q" 'q' é管 \u001b[31mred`
const APP_ROLES: [displayName: string, session: string][] = [
  ['$(touch canary-a1)', 'app-1'],
  ['`touch canary-a2`', 'app-2'],
  ['"; touch canary-a3; echo "', 'app-3'],
  [`it's 'quoted' \\ "too" | touch canary-a4 &`, 'app-4'],
  ['Ünïcødé 管理者 🙂', 'app-5'],
  ['ops #1 ; x', 'app-6'],
  ['twin', 'app-7'],
  ['Twin', 'app-8']
]

const CONFIG = [
  '[profile admin]',
  `role_arn = ${ROLES.admin}`,
  'source_profile = base',
  'role_session_name = the-profile',
  '[profile team@corp+ops%1:x/y]',
  `role_arn = ${ROLES.readOnly}`,
  'source_profile = base',
  'role_session_name = odd-profile',
  ''
].join('\n')

let world: World
let dataDir: string
let cwd: string
let restore: () => void
/** Each profile in the block: its name, its credential_process value, and the ARN its role must answer as. */
let profiles: { name: string; value: string; key: string; arn: string }[]

function canaries(): string[] {
  return [cwd, world.home.dir, dataDir, process.cwd(), join(cwd, '..')].flatMap((dir) => readdirSync(dir).filter((f) => f.startsWith('canary-')))
}

beforeAll(async () => {
  requireBuild()
  const root = mkdtempSync(join(tmpdir(), 'rolecall-cp-'))
  // The CLI as installed under a path a shell would run parts of: node and the script, linked there.
  const install = join(root, HOSTILE_DIR)
  mkdirSync(install)
  symlinkSync(process.execPath, join(install, 'node'))
  symlinkSync(CLI, join(install, 'rolecall.js'))
  cwd = join(root, 'cwd')
  mkdirSync(cwd)
  dataDir = join(root, 'data')
  mkdirSync(dataDir)
  // An app role saved, as older windows could, with an id the same as a config profile's name.
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ roles: [{ id: 'admin', displayName: 'Sneaky', roleArn: ROLES.readOnly, sessionName: 'sneaky' }] }))
  world = await startWorld({
    config: CONFIG,
    coreDeps: { store: settingsConf(dataDir), cliCommand: [join(install, 'node'), join(install, 'rolecall.js')] }
  })
  const hostileSection = `[${HOSTILE_PROFILE}]\nrole_arn = ${ROLES.readOnly}\nsource_profile = base\nrole_session_name = hostile-profile\n`
  world.home.write({ credentials: credentialsSection('default', ALICE) + credentialsSection('base', ALICE) + hostileSection })
  await world.core.loadCatalog()
  for (const [displayName, sessionName] of APP_ROLES) {
    expect(await dispatch(world.core.handlers, 'roles:save', { displayName, roleArn: ROLES.readOnly, sessionName })).toMatchObject({ ok: true })
  }
  const env = { ROLECALL_DATA_DIR: dataDir, ROLECALL_STANDALONE: '1' }
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  Object.assign(process.env, env)
  const before = process.cwd()
  process.chdir(cwd)
  restore = () => {
    process.chdir(before)
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }

  expect(await dispatch(world.core.handlers, 'config:process-profiles', { enabled: true })).toMatchObject({ ok: true, value: { profiles: 12 } })
  const roles = world.core.state().roles
  const block = readFileSync(world.home.configFile, 'utf8')
  profiles = [...block.matchAll(/^\[profile (rolecall-[^\]]+)\]\ncredential_process = (.*) credential-process (\S+)$/gm)].map(([, name, command, key]) => {
    const role = roles.find((r) => r.key === key)!
    const session = role.sessionName ?? ''
    return { name: name!, value: `${command} credential-process ${key}`, key: key!, arn: assumed(role.roleName, session) }
  })
}, 60_000)

afterAll(async () => {
  restore?.()
  await world?.close()
})

describe('credential_process profiles for hostile names, under a hostile install path', () => {
  it('name every role by its key, never by its display name', () => {
    expect(profiles.map((p) => p.key).sort()).toEqual(world.core.state().roles.map((r) => r.key).sort())
    const command = `'${join(cwd, '..', HOSTILE_DIR).replaceAll("'", `'\\''`).replace(/(\s)(?=[#;])/g, "$1''")}`
    for (const profile of profiles) {
      expect(profile.value.startsWith(command)).toBe(true)
      expect(profile.value).toMatch(/ credential-process (app|profile)\.[A-Za-z0-9._-]+$/)
    }
  })

  it("run through the JS SDK's fromProcess, each answering as its own role, running nothing else", async () => {
    for (const profile of profiles) {
      const credentials = await fromProcess({ profile: profile.name, ignoreCache: true })()
      const sts = new STSClient({ region: 'us-east-1', credentials })
      const { Arn } = await sts.send(new GetCallerIdentityCommand({}))
      expect({ profile: profile.name, Arn }).toEqual({ profile: profile.name, Arn: profile.arn })
    }
    expect(canaries()).toEqual([])
  }, 120_000)

  it.skipIf(!existsSync(AWS))('run through the AWS CLI v2, each answering as its own role, running nothing else', async () => {
    const env = { ...world.home.env, ROLECALL_DATA_DIR: dataDir, ROLECALL_STANDALONE: '1' }
    for (const profile of profiles) {
      const args = ['sts', 'get-caller-identity', '--profile', profile.name, '--endpoint-url', world.sts.url, '--region', 'us-east-1', '--output', 'json']
      const result = await run(AWS, args, env, '', cwd)
      expect({ profile: profile.name, stderr: result.stderr, code: result.code }).toEqual({ profile: profile.name, stderr: '', code: 0 })
      expect({ profile: profile.name, Arn: (JSON.parse(result.stdout) as { Arn: string }).Arn }).toEqual({ profile: profile.name, Arn: profile.arn })
    }
    expect(canaries()).toEqual([])
  }, 120_000)

  it('covers every kind of name: hostile profile names, app roles, and the shadowing id', () => {
    const arns = profiles.map((p) => p.arn)
    expect(arns).toContain(assumed('ReadOnly', 'hostile-profile'))
    expect(arns).toContain(assumed('ReadOnly', 'odd-profile'))
    expect(arns).toContain(assumed('ReadOnly', 'sneaky'))
    for (const [, session] of APP_ROLES) expect(arns).toContain(assumed('ReadOnly', session))
  })
})

describe('an app role whose id is a profile name', () => {
  const env = () => ({ ...world.home.env, ROLECALL_DATA_DIR: dataDir, ROLECALL_STANDALONE: '1' })
  const callerOf = async (role: string) => {
    const result = await runCli(['credential-process', role], env())
    if (result.code !== 0) return result.stderr
    const document = JSON.parse(result.stdout) as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string }
    const credentials = { accessKeyId: document.AccessKeyId, secretAccessKey: document.SecretAccessKey, sessionToken: document.SessionToken }
    return (await new STSClient({ region: 'us-east-1', credentials }).send(new GetCallerIdentityCommand({}))).Arn
  }

  it('does not take the profile\'s place: "admin" is the profile, app.admin the app role', async () => {
    expect(await callerOf('admin')).toBe(assumed('Admin', 'the-profile'))
    expect(await callerOf('profile.admin')).toBe(assumed('Admin', 'the-profile'))
    expect(await callerOf('app.admin')).toBe(assumed('ReadOnly', 'sneaky'))
  })

  it('refuses a name two roles fit, listing their keys, and serves a name only one has', async () => {
    const result = await runCli(['credential-process', 'TWIN'], env())
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 3, stdout: '' })
    const keys = world.core.state().roles.filter((r) => r.displayName.toLowerCase() === 'twin').map((r) => r.key)
    expect(result.stderr).toContain(`could be any of ${keys[0]} (added in Rolecall), ${keys[1]} (added in Rolecall)`)
    expect(await callerOf('twin')).toBe(assumed('ReadOnly', 'app-7'))
    expect(await callerOf('Sneaky')).toBe(assumed('ReadOnly', 'sneaky'))
  })

  it('shows each role\'s key in "rolecall list"', async () => {
    const json = JSON.parse((await runCli(['list', '--json'], env())).stdout) as { key: string; displayName: string }[]
    expect(json.find((r) => r.displayName === 'Sneaky')?.key).toBe('app.admin')
    expect(json.find((r) => r.displayName === 'admin')?.key).toBe('profile.admin')
    expect(json.find((r) => r.displayName === 'team@corp+ops%1:x/y')?.key).toBe('profile.team_40corp_2Bops_251_3Ax_2Fy')
    const table = (await runCli(['list'], env())).stdout
    expect(table).toMatch(/^NAME\s+ACCOUNT/)
    // The table names by key the rows a plain name does not reach: app roles, a profile an app role's name
    // shadows, and names the key spells differently; --json has every key.
    expect(table).toMatch(/^Sneaky\s+123456789012\s+ReadOnly\s.*key app\.admin$/m)
    expect(table).toMatch(/^team@corp\+ops%1:x\/y\s.*key profile\.team_40corp_2Bops_251_3Ax_2Fy$/m)
  })
})
