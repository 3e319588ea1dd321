// Roles from the shared AWS config, assumed against the local STS as the AWS CLI would: chains,
// external IDs, endpoints, MFA with one code for many switches, and live reload.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { credentialsSection } from '../../../../test/support/aws-home'
import { ALICE, ROLES, startWorld, type World } from '../../../../test/support/world'
import { dispatch } from '../ipc/ipc-router'

let world: World
afterEach(async () => world?.close())

const BASE = credentialsSection('base', ALICE)
const assume = (w: World, roleId: string, mfaCode?: string) =>
  dispatch(w.core.handlers, 'roles:assume', { roleId, ...(mfaCode ? { mfaCode } : {}) }) as Promise<{
    ok: boolean
    value?: { assumedRoleArn: string; durationSeconds: number; note?: string; sourceArn: string }
    error?: { code: string; title: string; detail: string; needsMfaCode?: boolean }
  }>

async function worldWith(config: string) {
  const w = await startWorld()
  w.home.write({ config, credentials: BASE })
  await w.core.loadCatalog()
  return w
}

describe('config roles', () => {
  it('lists config profiles beside app roles and assumes one through its source profile', async () => {
    world = await worldWith(`[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\nrole_session_name = cli-alice\n`)
    await dispatch(world.core.handlers, 'roles:save', { displayName: 'App role', roleArn: ROLES.readOnly })
    expect(world.core.roles().map((r) => [r.origin, r.displayName])).toEqual([
      ['app', 'App role'],
      ['config', 'admin']
    ])
    const result = await assume(world, 'profile:admin')
    expect(result.value).toMatchObject({
      assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/Admin/cli-alice',
      sourceArn: ALICE.arn
    })
  })

  it('caps a chained role at one hour and says so', async () => {
    world = await worldWith(
      `[profile long]\nrole_arn = ${ROLES.long}\nsource_profile = base\n[profile team]\nrole_arn = ${ROLES.readOnly}\nsource_profile = long\nduration_seconds = 14400\n`
    )
    expect(world.core.resolveRole('team')).toMatchObject({ ok: true, value: { chained: true } })
    const result = await assume(world, 'profile:team')
    expect(result.value).toMatchObject({ durationSeconds: 3600, note: expect.stringMatching(/Chained role/) })
    expect(result.value!.assumedRoleArn).toMatch(/assumed-role\/ReadOnly\//)
    expect(world.sts.calls.filter((c) => c.action === 'AssumeRole').map((c) => c.params.DurationSeconds)).toEqual(['3600', '3600'])
  })

  it('passes the external ID from the profile', async () => {
    world = await worldWith(`[profile vendor]\nrole_arn = ${ROLES.external}\nsource_profile = base\nexternal_id = vendor-42\n`)
    expect(await assume(world, 'profile:vendor')).toMatchObject({ ok: true })
  })

  it("follows the profile's own endpoint_url when no endpoint variable is set", async () => {
    world = await worldWith(`[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\nregion = eu-central-1\n`)
    const url = world.sts.url
    world.home.write({
      config: `[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\nregion = eu-central-1\nendpoint_url = ${url}\n[profile base]\nendpoint_url = ${url}\n`
    })
    delete process.env.AWS_ENDPOINT_URL_STS
    await world.core.loadCatalog()
    const result = await assume(world, 'profile:admin')
    expect(result).toMatchObject({ ok: true })
  })

  it('asks for an MFA code once, keeps asking on a wrong one, then reuses the MFA session', async () => {
    world = await worldWith(
      `[profile base]\nmfa_serial = ${ALICE.mfaSerial}\n[profile mfa]\nrole_arn = ${ROLES.mfa}\nsource_profile = base\n[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\n`
    )
    expect(world.core.resolveRole('mfa')).toMatchObject({ ok: true, value: { mfaSerial: ALICE.mfaSerial } })
    expect(await assume(world, 'profile:mfa')).toMatchObject({ ok: false, error: { code: 'MfaRequired', needsMfaCode: true } })
    expect(await assume(world, 'profile:mfa', '000000')).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', title: 'MFA code rejected', needsMfaCode: true }
    })
    // Said as what it is, not as a trust-policy problem.
    const wrong = await assume(world, 'profile:mfa', '000000')
    expect(wrong.error?.detail).toMatch(/^The code was wrong, or it was already used: AWS takes each code once\. Wait for your device to show the next code/)
    expect(wrong.error?.detail).not.toMatch(/trust policy/)
    const first = await assume(world, 'profile:mfa', ALICE.mfaCodes[0])
    expect(first.value).toMatchObject({ note: expect.stringMatching(/MFA session: console sign-in from it lasts at most 1 hour/) })
    // A second role from the same source needs no new code: one GetSessionToken covers both.
    expect(await assume(world, 'profile:admin')).toMatchObject({ ok: true })
    expect(world.sts.calls.filter((c) => c.action === 'GetSessionToken' && c.status === 200)).toHaveLength(1)
    expect(world.core.state().mfaSessions).toEqual([
      { source: 'profile base', mfaSerial: ALICE.mfaSerial, expiresAt: expect.any(Number) }
    ])
    // The MFA session's credentials have no SessionDuration rights at the console.
    await dispatch(world.core.handlers, 'sessions:open-console', { roleId: 'profile:mfa' })
    const token = world.sts.calls.find((c) => c.action === 'federation:getSigninToken')
    expect(token?.params.SessionDuration).toBeUndefined()
    expect(token?.status).toBe(200)
  })

  it('says when a code has already been used', async () => {
    world = await worldWith(`[profile base]\nmfa_serial = ${ALICE.mfaSerial}\n[profile mfa]\nrole_arn = ${ROLES.mfa}\nsource_profile = base\n`)
    expect(await assume(world, 'profile:mfa', ALICE.mfaCodes[0])).toMatchObject({ ok: true })
    // Forgetting every secret (as quitting does) drops the MFA session; AWS still remembers the code.
    await world.core.dispose()
    const reused = await assume(world, 'profile:mfa', ALICE.mfaCodes[0])
    expect(reused.error).toMatchObject({ title: 'MFA code rejected', needsMfaCode: true, detail: expect.stringMatching(/already used/) })
  })

  it('reloads within a second of an edit, keeps app roles, and isolates a broken profile', async () => {
    world = await worldWith(`[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\n`)
    await dispatch(world.core.handlers, 'roles:save', { displayName: 'Mine', roleArn: ROLES.readOnly })
    await world.core.loadCatalog({ watch: true })
    world.home.write({
      config: `[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\n[profile broken]\nrole_arn = ${ROLES.long}\nsource_profile = nowhere\n[profile added]\nrole_arn = ${ROLES.long}\nsource_profile = base\n`
    })
    await vi.waitFor(() => expect(world.core.resolveRole('added').ok).toBe(true), { timeout: 1000, interval: 25 })
    expect(world.core.resolveRole('broken')).toMatchObject({ ok: true, value: { problem: expect.stringMatching(/"nowhere"/) } })
    expect(world.core.resolveRole('Mine')).toMatchObject({ ok: true, value: { origin: 'app' } })
    expect(await assume(world, 'profile:broken')).toMatchObject({ ok: false, error: { code: 'ConfigProblem' } })
    expect(await assume(world, 'profile:added')).toMatchObject({ ok: true })
    world.home.write({ config: '\u0000\u0001garbage[[[\n' })
    await vi.waitFor(() => expect(world.core.resolveRole('added')).toMatchObject({ ok: false, error: { code: 'UnknownRole' } }), { timeout: 1000, interval: 25 })
    expect(world.core.resolveRole('Mine')).toMatchObject({ ok: true, value: { origin: 'app' } })
  })

  it('uses credential_source = Environment', async () => {
    world = await worldWith(`[profile env]\nrole_arn = ${ROLES.admin}\ncredential_source = Environment\n`)
    process.env.AWS_ACCESS_KEY_ID = ALICE.accessKeyId
    process.env.AWS_SECRET_ACCESS_KEY = ALICE.secretAccessKey
    try {
      expect((await assume(world, 'profile:env')).value).toMatchObject({ sourceArn: ALICE.arn })
    } finally {
      delete process.env.AWS_ACCESS_KEY_ID
      delete process.env.AWS_SECRET_ACCESS_KEY
    }
  })
})

describe('source identity and session tags', () => {
  const sent = (w: World) => w.sts.calls.filter((c) => c.action === 'AssumeRole').at(-1)!.params

  it('passes a profile’s source_identity and rolecall_session_tags to AssumeRole', async () => {
    world = await worldWith(
      `[profile tagged]\nrole_arn = ${ROLES.long}\nsource_profile = base\nsource_identity = alice\n` +
        'rolecall_session_tags = Project=alpha, Team=ops platform\nrolecall_transitive_tag_keys = Project\n'
    )
    expect(world.core.roles()[0]).toMatchObject({ sourceIdentity: 'alice', sessionTags: 'Project=alpha, Team=ops platform', transitiveTagKeys: 'Project' })
    expect((await assume(world, 'profile:tagged')).ok).toBe(true)
    expect(sent(world)).toMatchObject({
      SourceIdentity: 'alice',
      'Tags.member.1.Key': 'Project',
      'Tags.member.1.Value': 'alpha',
      'Tags.member.2.Key': 'Team',
      'Tags.member.2.Value': 'ops platform',
      'TransitiveTagKeys.member.1': 'Project'
    })
  })

  it('passes an app role’s tags, and shows STS refusing them where the trust policy does not allow sts:TagSession', async () => {
    world = await startWorld()
    const save = (roleArn: string) =>
      dispatch(world.core.handlers, 'roles:save', { displayName: roleArn, roleArn, sourceIdentity: 'alice', sessionTags: 'CostCentre=42' }) as Promise<{
        value: { id: string }
      }>
    const tagging = await save(ROLES.long)
    const assumed = await assume(world, tagging.value.id)
    expect(assumed.ok, JSON.stringify(assumed)).toBe(true)
    expect(sent(world)).toMatchObject({ SourceIdentity: 'alice', 'Tags.member.1.Key': 'CostCentre', 'Tags.member.1.Value': '42' })
    const refusing = await save(ROLES.admin)
    const refused = await assume(world, refusing.value.id)
    expect(refused.error).toMatchObject({ code: 'AccessDenied' })
    expect(JSON.stringify(refused.error)).toMatch(/sts:TagSession/)
  })

  it('reports bad tags against their profile, and refuses to save an app role with bad ones', async () => {
    world = await startWorld({ config: `[profile bad-tags]\nrole_arn = ${ROLES.long}\nsource_profile = base\nrolecall_session_tags = Project\n` })
    expect(world.core.roles()[0]?.problem).toMatch(/rolecall_session_tags: Session tags: "Project" is not Key=Value/)
    const save = (tags: { sessionTags?: string; transitiveTagKeys?: string }) =>
      dispatch(world.core.handlers, 'roles:save', { displayName: 'x', roleArn: ROLES.long, ...tags })
    expect(await save({ sessionTags: 'Cost$=1' })).toMatchObject({ ok: false, error: { code: 'InvalidRequest', field: 'sessionTags' } })
    expect(await save({ sessionTags: 'Team=ops', transitiveTagKeys: 'Project' })).toMatchObject({
      ok: false,
      error: { code: 'InvalidRequest', field: 'transitiveTagKeys', detail: expect.stringMatching(/Transitive tag key "Project" is not one of the session tags/) }
    })
    expect(world.core.roles().filter((r) => r.origin === 'app')).toEqual([])
  })

})
