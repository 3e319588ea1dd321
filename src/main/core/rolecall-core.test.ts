// The core end to end over HTTP: real SDK, real files, the local STS and federation endpoint.
import { GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { credentialsSection } from '../../../test/support/aws-home'
import { ALICE, ROLES, startWorld, type World } from '../../../test/support/world'
import { dispatch } from './ipc/ipc-router'

let world: World
afterEach(async () => world?.close())

async function addRole(w: World, displayName: string, roleArn: string, extra: Record<string, unknown> = {}) {
  const saved = (await dispatch(w.core.handlers, 'roles:save', { displayName, roleArn, ...extra })) as {
    ok: true
    value: { id: string }
  }
  expect(saved.ok).toBe(true)
  return saved.value.id
}

function parseExport(snippet: string): Record<string, string> {
  return Object.fromEntries(
    snippet
      .trim()
      .split('\n')
      .map((line) => {
        const [, name = '', value = ''] = /^export (\w+)='(.*)'$/.exec(line) ?? []
        return [name, value.replaceAll(`'\\''`, "'")]
      })
  )
}

describe('RolecallCore against the local STS', () => {
  it('shows who the source is', async () => {
    world = await startWorld()
    const source = await world.core.refreshSource()
    expect(source).toEqual({ status: 'ok', profile: 'default', arn: ALICE.arn, accountId: '123456789012' })
  })

  it('says clearly when there are no credentials at all', async () => {
    world = await startWorld({ credentials: false })
    const source = await world.core.refreshSource()
    expect(source.status).toBe('none')
    expect(source.error).toMatchObject({ code: 'NoCredentials', title: 'No AWS credentials found' })
    expect(source.error?.detail).toMatch(/aws configure/)
  })

  it('clears a role\'s "No AWS credentials found" once a check of the source succeeds, and keeps failures about the role', async () => {
    world = await startWorld({ credentials: false })
    const admin = await addRole(world, 'Admin', ROLES.admin)
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: admin })).toMatchObject({ ok: false, error: { code: 'NoCredentials' } })
    expect(world.core.state().activity[admin]?.error?.code).toBe('NoCredentials')
    world.home.write({ credentials: credentialsSection('default', ALICE) })
    expect((await world.core.refreshSource()).status).toBe('ok')
    expect(world.core.state().activity[admin]).toBeUndefined()
    // A failure about the role itself is still true after the next check, and stays.
    const untrusted = await addRole(world, 'Untrusted', ROLES.untrusted)
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: untrusted })).toMatchObject({ ok: false, error: { code: 'AccessDenied' } })
    await world.core.refreshSource()
    expect(world.core.state().activity[untrusted]?.error?.code).toBe('AccessDenied')
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: admin })).toMatchObject({ ok: true })
  })

  it('rejects a bad ARN with a message naming the problem and the field', async () => {
    world = await startWorld()
    const result = await dispatch(world.core.handlers, 'roles:save', {
      displayName: 'Typo',
      roleArn: 'arn:aws:iam::12345:role/Admin'
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'InvalidRequest', field: 'roleArn', detail: expect.stringMatching(/exactly 12 digits/) }
    })
    expect(world.core.state().roles).toEqual([])
  })

  it('assumes a role, confirms the new identity, and replaces the session on a second assume', async () => {
    world = await startWorld()
    const id = await addRole(world, 'Admin', ROLES.admin)
    const first = await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    expect(first).toMatchObject({
      ok: true,
      value: { roleId: id, sourceArn: ALICE.arn, durationSeconds: 3600, region: 'us-east-1' }
    })
    const value = (first as { value: { assumedRoleArn: string; expiresAt: number } }).value
    expect(value.assumedRoleArn).toMatch(/^arn:aws:sts::123456789012:assumed-role\/Admin\/rolecall-/)
    expect(value.expiresAt - Date.now()).toBeGreaterThan(3590_000)
    await vi.waitFor(() => expect(world.core.state().sessions[0]?.identityCheck).toBe('confirmed'))
    const identityCalls = world.sts.calls.filter((c) => c.action === 'GetCallerIdentity')
    expect(identityCalls.map((c) => c.principalArn)).toContain(value.assumedRoleArn)

    await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    expect(world.core.state().sessions).toHaveLength(1)
    expect(world.sts.calls.filter((c) => c.action === 'AssumeRole' && c.status === 200)).toHaveLength(2)
  })

  it('copies an export that works, and never puts a secret in the state', async () => {
    world = await startWorld()
    const id = await addRole(world, 'ReadOnly', ROLES.readOnly, { region: 'eu-west-1', sessionName: 'me.test' })
    await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    const copied = await dispatch(world.core.handlers, 'sessions:copy-export', { roleId: id, format: 'bash' })
    expect(copied).toEqual({ ok: true, value: { clearsInSeconds: 45 } })
    const vars = parseExport(world.clipboard.text)
    expect(Object.keys(vars)).toEqual([
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_REGION',
      'AWS_CREDENTIAL_EXPIRATION'
    ])
    expect(vars.AWS_REGION).toBe('eu-west-1')
    const client = new STSClient({
      region: 'eu-west-1',
      credentials: {
        accessKeyId: vars.AWS_ACCESS_KEY_ID!,
        secretAccessKey: vars.AWS_SECRET_ACCESS_KEY!,
        sessionToken: vars.AWS_SESSION_TOKEN!
      }
    })
    const who = await client.send(new GetCallerIdentityCommand({}))
    expect(who.Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnly/me.test')
    const state = JSON.stringify(world.core.state())
    expect(state).not.toContain(vars.AWS_SECRET_ACCESS_KEY)
    expect(state).not.toContain(vars.AWS_SESSION_TOKEN)
  })

  it('opens the console through the federation endpoint, asking for a session duration with long-term keys', async () => {
    world = await startWorld()
    const id = await addRole(world, 'Admin', ROLES.admin)
    await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    expect(await dispatch(world.core.handlers, 'sessions:open-console', { roleId: id })).toEqual({ ok: true, value: null })
    const [opened] = world.opener.opened
    const url = new URL(opened!)
    expect(url.origin).toBe(world.sts.url)
    expect(url.searchParams.get('Action')).toBe('login')
    expect(url.searchParams.get('Issuer')).toBe('Rolecall')
    expect(url.searchParams.get('Destination')).toBe('https://console.aws.amazon.com/console/home?region=us-east-1')
    const tokenCall = world.sts.calls.find((c) => c.action === 'federation:getSigninToken')
    expect(Number(tokenCall?.params.SessionDuration)).toBeGreaterThan(3500)
    const login = await fetch(opened!, { redirect: 'manual' })
    expect(login.status).toBe(302)
    expect(login.headers.get('location')).toBe('https://console.aws.amazon.com/console/home?region=us-east-1')
  })

  it('falls back to one hour when the role refuses the requested duration, and says so', async () => {
    world = await startWorld()
    const id = await addRole(world, 'Admin', ROLES.admin, { durationSeconds: 14400 })
    const result = await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    expect(result).toMatchObject({ ok: true, value: { durationSeconds: 3600, note: expect.stringMatching(/maximum session duration/) } })
  })

  it.each([
    ['untrusted', ROLES.untrusted, {}, 'AccessDenied', /not authorized/],
    ['MFA-protected', ROLES.mfa, {}, 'AccessDenied', /MFA|MultiFactor/i],
    ['external-ID-protected', ROLES.external, {}, 'AccessDenied', /not authorized|external/i],
    ['wrong external ID', ROLES.external, { externalId: 'wrong-id' }, 'AccessDenied', /not authorized|external/i]
  ])('reports an %s role as a refusal next to the role', async (_label, arn, extra, code, detail) => {
    world = await startWorld()
    const id = await addRole(world, 'Target', arn, extra)
    const result = await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    expect(result).toMatchObject({ ok: false, error: { code, title: 'Access denied' } })
    expect(world.core.state().activity[id]).toMatchObject({ busy: false, error: { code, detail: expect.stringMatching(detail) } })
  })

  it('assumes a role that needs an external ID when it is given', async () => {
    world = await startWorld()
    const id = await addRole(world, 'Vendor', ROLES.external, { externalId: 'vendor-42' })
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: id })).toMatchObject({ ok: true })
  })

  it.each([
    ['throttle', 'Throttling', 'AWS is throttling requests'],
    ['http500', 'InternalFailure', 'AWS STS failed internally'],
    ['malformed', 'MalformedResponse', 'Unexpected response from AWS STS'],
    ['drop', 'ConnectionFailed', 'Cannot reach AWS STS'],
    ['hang', 'Timeout', 'STS did not answer in time']
  ] as const)('turns an STS %s into a readable error and keeps live sessions', async (kind, code, title) => {
    world = await startWorld()
    const ok = await addRole(world, 'ReadOnly', ROLES.readOnly)
    const bad = await addRole(world, 'Admin', ROLES.admin)
    await dispatch(world.core.handlers, 'roles:assume', { roleId: ok })
    world.sts.injectFault({ kind, action: 'AssumeRole' })
    const result = await dispatch(world.core.handlers, 'roles:assume', { roleId: bad })
    expect(result).toMatchObject({ ok: false, error: { code, title } })
    expect(world.core.state().sessions.map((s) => s.roleId)).toEqual([ok])
  })

  it.each([
    ['an unknown source key', { accessKeyId: 'AKIANOBODY0000000000', secretAccessKey: 'x' }, 'InvalidClientTokenId'],
    ['a wrong secret key', { accessKeyId: ALICE.accessKeyId, secretAccessKey: 'not-the-secret' }, 'SignatureDoesNotMatch']
  ])('reports %s', async (_label, keys, code) => {
    world = await startWorld()
    world.home.write({ credentials: credentialsSection('other', keys) })
    await world.core.handlers['settings:update']({ sourceProfile: 'other' })
    const id = await addRole(world, 'Admin', ROLES.admin)
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: id })).toMatchObject({ ok: false, error: { code } })
  })

  it('reports expired source credentials', async () => {
    world = await startWorld()
    const alice = new STSClient({ region: 'us-east-1', credentials: ALICE })
    const { Credentials: c } = await alice.send(new GetSessionTokenCommand({ DurationSeconds: 900 }))
    world.home.write({
      credentials: credentialsSection('temp', { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken! })
    })
    await world.core.handlers['settings:update']({ sourceProfile: 'temp' })
    world.sts.expireAllSessions()
    const id = await addRole(world, 'Admin', ROLES.admin)
    const result = await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    expect(result).toMatchObject({ ok: false, error: { code: 'ExpiredToken', title: 'Source credentials have expired' } })
    expect(JSON.stringify(result)).not.toContain(c!.SessionToken!)
  })

  it('reports a connection refused when STS is down', async () => {
    world = await startWorld()
    const id = await addRole(world, 'Admin', ROLES.admin)
    await world.sts.close()
    const result = await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    expect(result).toMatchObject({ ok: false, error: { code: 'ConnectionFailed' } })
  })

  it('ends a session and refuses to copy from it afterwards', async () => {
    world = await startWorld()
    const id = await addRole(world, 'Admin', ROLES.admin)
    await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    expect(await dispatch(world.core.handlers, 'sessions:end', { roleId: id })).toEqual({ ok: true, value: null })
    expect(world.core.state().sessions).toEqual([])
    expect(await dispatch(world.core.handlers, 'sessions:copy-export', { roleId: id, format: 'bash' })).toMatchObject({
      ok: false,
      error: { code: 'NoSession' }
    })
  })
})
