// Hostile AWS config files: huge, binary, looping, deep, unicode, duplicated, one 10 MB line,
// prototype keys, CRLF and NUL bytes. None may hang or crash Rolecall; every bad profile is reported,
// and the good profiles in the same file still assume against the local STS, in the core and the CLI.
import fc from 'fast-check'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadAwsFiles } from '../../src/main/core/catalogue/aws-files'
import { buildCatalog } from '../../src/main/core/catalogue/config-profiles'
import { dispatch } from '../../src/main/core/ipc/ipc-router'
import { appStateSchema, type AppState } from '../../src/shared/views'
import { credentialsSection } from '../support/aws-home'
import { ALICE, ROLES, startWorld, type World } from '../support/world'
import { dataDir, requireBuild, runCli } from '../cli/run-cli'
import { hostileTally } from './support/tally'

const tally = hostileTally('Hostile config files')

/** A role profile; `source` is its source_profile. */
const profile = (name: string, source: string, arn = ROLES.admin, eol = '\n') =>
  [`[profile ${name}]`, `role_arn = ${arn}`, `source_profile = ${source}`, ''].join(eol)

const OK = profile('ok', 'base')

let world: World | undefined
afterEach(async () => {
  await world?.close()
  world = undefined
})

/** Starts a world on the config, within a time bound: reading a hostile file must never hang. */
async function open(config: string, boundMs: number, credentials?: string): Promise<AppState> {
  tally.input()
  const started = performance.now()
  world = await startWorld({ config })
  if (credentials !== undefined) {
    world.home.write({ credentials })
    await world.core.loadCatalog()
  }
  expect(performance.now() - started).toBeLessThan(boundMs)
  const state = world.core.state()
  expect(appStateSchema.safeParse(state).success).toBe(true)
  return state
}

const role = (state: AppState, name: string) => state.roles.find((r) => r.profile === name)

function expectProblem(state: AppState, name: string, problem: RegExp): void {
  expect(role(state, name)?.problem, `profile ${JSON.stringify(name.slice(0, 60))}`).toMatch(problem)
}

/** A good profile in a hostile file still works: it assumes against the local STS. */
async function expectAssumes(roleId: string): Promise<void> {
  const result = await dispatch(world!.core.handlers, 'roles:assume', { roleId })
  expect(tally.kept((result as { ok: boolean }).ok), JSON.stringify(result)).toBe(true)
}

describe('hostile config files', () => {
  it('50,000 profiles: listed in bounded time, the broken one reported, a good one assumes', async () => {
    const many = Array.from({ length: 50_000 }, (_, i) => profile(`p${i}`, 'base')).join('')
    const state = await open(OK + many + profile('broken', 'nowhere'), 20_000)
    expect(state.roles).toHaveLength(50_002)
    expectProblem(state, 'broken', /source_profile "nowhere".*does not exist/)
    expect(state.roles.filter((r) => r.problem)).toHaveLength(1)
    await expectAssumes('profile:p49999')
  })

  it('source_profile loops are reported on every profile in them, without hanging', async () => {
    const config = OK + profile('loop-a', 'loop-b') + profile('loop-b', 'loop-c') + profile('loop-c', 'loop-a') + profile('into-loop', 'loop-a')
    const state = await open(config, 5_000)
    for (const name of ['loop-a', 'loop-b', 'loop-c', 'into-loop']) expectProblem(state, name, /source_profile loop: /)
    await expectAssumes('profile:ok')
    const looped = await dispatch(world!.core.handlers, 'roles:assume', { roleId: 'profile:loop-a' })
    expect(looped).toMatchObject({ ok: false, error: { code: 'ConfigProblem', detail: expect.stringMatching(/loop/) } })
  })

  it('a 1,000-deep source_profile chain is bounded: the deep end is reported, the shallow end assumes', async () => {
    // ReadOnly trusts every principal in the account, so each hop can assume it from the one before.
    const chain = Array.from({ length: 1000 }, (_, i) => profile(`c${i + 1}`, i === 0 ? 'base' : `c${i}`, ROLES.readOnly)).join('')
    const state = await open(OK + chain, 5_000)
    expect(role(state, 'c63')?.problem).toBeUndefined()
    for (const name of ['c64', 'c500', 'c1000']) expectProblem(state, name, /more than 64 profiles long/)
    await expectAssumes('profile:c3')
    const deep = await dispatch(world!.core.handlers, 'roles:assume', { roleId: 'profile:c1000' })
    expect(deep).toMatchObject({ ok: false, error: { code: 'ConfigProblem' } })
  })

  it('unicode and very long profile names: reported where the SDK cannot read them, used where it can', async () => {
    const names = ['日本語ロール', '🙂 emoji', '\u202eevil', 'é'.repeat(5000)]
    // In the credentials file any section name is a profile to the SDK, so one can be a role's source.
    const credentials = credentialsSection('base', ALICE) + credentialsSection('ソース', ALICE)
    const state = await open(OK + names.map((name) => profile(name, 'base')).join('') + profile('from-unicode', 'ソース'), 5_000, credentials)
    expect(state.catalog.problems.join('\n')).toMatch(/ignores 4 profile section\(s\) whose names it cannot read, e\.g\. \[profile 日本語ロール\]/)
    await expectAssumes('profile:from-unicode')
    await expectAssumes('profile:ok')
  })

  it('duplicate sections merge as the SDK merges them, without a crash', async () => {
    const state = await open(OK + profile('dup', 'base', ROLES.readOnly) + profile('dup', 'base') + OK, 5_000)
    expect(state.roles.filter((r) => r.profile === 'dup')).toHaveLength(1)
    expect(role(state, 'dup')?.roleArn).toBe(ROLES.admin)
    await expectAssumes('profile:dup')
  })

  it('a 10 MB single line is reported against its profile, quickly, with a short message', async () => {
    const config = OK + profile('long-line', 'base') + `${'x'.repeat(10 * 1024 * 1024)}\n` + profile('long-value', 'base', `${ROLES.admin}${'y'.repeat(10 * 1024 * 1024)}`)
    const state = await open(config, 10_000)
    expectProblem(state, 'long-line', /line \d+ is not "key = value"/)
    expectProblem(state, 'long-value', /role_arn: A role ARN is at most 2048 characters/)
    for (const name of ['long-line', 'long-value']) expect(role(state, name)!.problem!.length).toBeLessThan(500)
    await expectAssumes('profile:ok')
  })

  it('[__proto__] sections, which the SDK refuses with the whole file, cost only themselves', async () => {
    // The source's keys sit in the same config file, so the SDK's own credential provider must also see the
    // file without the refused sections for the role to assume.
    const keys = `aws_access_key_id = ${ALICE.accessKeyId}\naws_secret_access_key = ${ALICE.secretAccessKey}\n`
    const config = `[profile __proto__]\nrole_arn = ${ROLES.admin}\n${profile('in-config', 'cfg-base')}[profile cfg-base]\n${keys}[__proto__]\nx = 1\n${OK}`
    const keyed = credentialsSection('default', ALICE) + credentialsSection('base', ALICE)
    const state = await open(config, 5_000, `${keyed}[__proto__]\naws_access_key_id = x\n`)
    const problems = state.catalog.problems.join('\n')
    expect(problems).toMatch(/config: the section \[profile __proto__\] is ignored, as the AWS SDK refuses that name; the rest of the file is used/)
    expect(problems).toMatch(/config: the section \[__proto__\] is ignored/)
    expect(problems).toMatch(/credentials: the section \[__proto__\] is ignored/)
    expect(state.roles.map((r) => r.profile).sort()).toEqual(['in-config', 'ok'])
    await expectAssumes('profile:in-config')
    await expectAssumes('profile:ok')
    // Once the sections are gone the SDK reads the file itself again: an edit made afterwards is seen.
    world!.home.write({ config: profile('in-config', 'cfg-base', ROLES.readOnly) + `[profile cfg-base]\n${keys}`, credentials: keyed })
    await world!.core.loadCatalog()
    expect(world!.core.state().catalog.problems).toEqual([])
    expect(role(world!.core.state(), 'in-config')?.roleArn).toBe(ROLES.readOnly)
    await expectAssumes('profile:in-config')
    const saved = (await dispatch(world!.core.handlers, 'roles:save', { displayName: 'App role', roleArn: ROLES.readOnly })) as { value: { id: string } }
    await expectAssumes(saved.value.id)
  })

  it('a file with a [__proto__] section that is then deleted is gone, not served from memory', async () => {
    const state = await open(`[__proto__]\nx = 1\n${profile('doomed', 'base')}`, 5_000)
    expect(role(state, 'doomed')).toBeDefined()
    rmSync(world!.home.configFile)
    await world!.core.loadCatalog()
    expect(role(world!.core.state(), 'doomed')).toBeUndefined()
    expect(world!.core.state().catalog.problems).toEqual([])
  })

  it('profiles named like Object.prototype members are ordinary profiles', async () => {
    const names = ['constructor', 'toString', 'hasOwnProperty', 'valueOf']
    const config = OK + names.map((name) => profile(name, 'base')).join('') + profile('src-proto', 'isPrototypeOf')
    const state = await open(config, 5_000)
    for (const name of names) expect(role(state, name)?.problem).toBeUndefined()
    expectProblem(state, 'src-proto', /source_profile "isPrototypeOf".*does not exist/)
    await expectAssumes('profile:constructor')
  })

  it('a CRLF file reads like an LF one', async () => {
    const state = await open(profile('ok', 'base', ROLES.admin, '\r\n') + profile('broken', 'nowhere', ROLES.admin, '\r\n'), 5_000, credentialsSection('base', ALICE).replaceAll('\n', '\r\n'))
    expect(role(state, 'ok')?.problem).toBeUndefined()
    expectProblem(state, 'broken', /does not exist/)
    await expectAssumes('profile:ok')
  })

  it('NUL bytes in a value or a name are reported, not passed on', async () => {
    const state = await open(OK + profile('nul-value', 'base', `${ROLES.admin}\0`) + profile('nul\0name', 'base'), 5_000)
    expectProblem(state, 'nul-value', /role_arn: /)
    expect(state.catalog.problems.join('\n')).toMatch(/ignores 1 profile section/)
    await expectAssumes('profile:ok')
  })

  it('binary junk before a good profile never throws, never hangs, and never spoils the good profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-junk-'))
    const paths = { config: join(dir, 'config'), credentials: join(dir, 'credentials') }
    writeFileSync(paths.credentials, credentialsSection('base', ALICE))
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 16 * 1024 }), async (junk) => {
        tally.input()
        writeFileSync(paths.config, Buffer.concat([Buffer.from(profile('junk', 'base')), junk, Buffer.from(`\n${OK}`)]))
        const started = performance.now()
        const roles = buildCatalog(await loadAwsFiles(paths))
        expect(performance.now() - started).toBeLessThan(2_000)
        const ok = roles.find((r) => r.profile === 'ok')
        expect(tally.kept(ok !== undefined && ok.problem === undefined && ok.roleArn === ROLES.admin)).toBe(true)
      }),
      { numRuns: 300, seed: 20261128 }
    )
    // And one such file through the whole core, to the STS.
    const junk = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1')
    const state = await open(`${profile('junk', 'base')}${junk}\n${OK}`, 5_000)
    expectProblem(state, 'junk', /is not "key = value"/)
    await expectAssumes('profile:ok')
  })
})

describe('hostile config files through the CLI', () => {
  async function list(config: string) {
    requireBuild()
    world = await startWorld({ config })
    tally.input()
    const started = performance.now()
    const result = await runCli(['list'], { ...world.home.env, ROLECALL_DATA_DIR: dataDir() })
    expect(performance.now() - started).toBeLessThan(30_000)
    return result
  }

  it('lists 50,000 profiles and exits 0', async () => {
    const result = await list(OK + Array.from({ length: 50_000 }, (_, i) => profile(`p${i}`, 'base')).join(''))
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(50_002)
  })

  it('warns about loops on stderr and refuses to use them with exit 3', async () => {
    const result = await list(OK + profile('loop-a', 'loop-b') + profile('loop-b', 'loop-a'))
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^ok\s/m)
    expect(result.stderr).toMatch(/"loop-a" cannot be used: source_profile loop/)
    const exported = await runCli(['export', 'loop-a'], { ...world!.home.env, ROLECALL_DATA_DIR: dataDir() })
    expect({ code: exported.code, stdout: exported.stdout }).toEqual({ code: 3, stdout: '' })
    expect(exported.stderr).toMatch(/\(ConfigProblem\): source_profile loop/)
  })

  it('assumes through a source in a file with a [__proto__] section, as the built CLI loads the SDK', async () => {
    // The source's keys sit in the refused file: the SDK's credential provider (in node_modules, not in
    // Rolecall's bundle) must be handed the file without the section for this to work.
    const keys = `aws_access_key_id = ${ALICE.accessKeyId}\naws_secret_access_key = ${ALICE.secretAccessKey}\n`
    await list(`[__proto__]\nx = 1\n${profile('in-config', 'cfg-base')}[profile cfg-base]\n${keys}`)
    const env = { ...world!.home.env, ROLECALL_DATA_DIR: dataDir(), ROLECALL_STANDALONE: '1' }
    const exported = await runCli(['export', 'in-config', '--format', 'json'], env)
    expect(exported.code, exported.stderr).toBe(0)
    expect(tally.kept(JSON.parse(exported.stdout).Version === 1)).toBe(true)
  })

  it('lists the rest of a file with a [__proto__] section, says the section is ignored, and exits 0', async () => {
    const result = await list(`[__proto__]\nx = 1\n${OK}`)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^ok\s/m)
    expect(result.stderr).toMatch(/the section \[__proto__\] is ignored/)
  })
})
