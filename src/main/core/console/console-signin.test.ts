// Console sign-in against the local federation endpoint: each partition, each kind of credentials
// (long-term, chained, MFA session), signing out first, federation errors, and the hosts without an override.
import { afterEach, describe, expect, it } from 'vitest'
import { ALICE, ROLES, startWorld, type World } from '../../../../test/support/world'
import { federationUrl, signOutThen } from './console-signin'
import { dispatch } from '../ipc/ipc-router'

let world: World
afterEach(async () => world?.close())

async function consoleFor(roleArn: string, extra: Record<string, unknown> = {}) {
  const saved = (await dispatch(world.core.handlers, 'roles:save', { displayName: 'Target', roleArn, ...extra })) as { value: { id: string } }
  expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: saved.value.id })).toMatchObject({ ok: true })
  return dispatch(world.core.handlers, 'sessions:open-console', { roleId: saved.value.id })
}

const tokenCalls = () => world.sts.calls.filter((c) => c.action === 'federation:getSigninToken')

describe('console sign-in', () => {
  it.each([
    ['aws', ROLES.admin, 'eu-west-1', 'https://console.aws.amazon.com/console/home?region=eu-west-1'],
    ['aws-cn', ROLES.china, 'cn-north-1', 'https://console.amazonaws.cn/console/home?region=cn-north-1'],
    ['aws-us-gov', ROLES.govcloud, 'us-gov-west-1', 'https://console.amazonaws-us-gov.com/console/home?region=us-gov-west-1']
  ])('signs in to the %s partition', async (_partition, arn, region, destination) => {
    world = await startWorld()
    expect(await consoleFor(arn, { region })).toEqual({ ok: true, value: null })
    const login = new URL(world.opener.opened[0]!)
    expect(login.searchParams.get('Destination')).toBe(destination)
    const redirect = await fetch(login, { redirect: 'manual' })
    expect(redirect.headers.get('location')).toBe(destination)
  })

  it('asks for a session duration only for credentials from long-term keys', async () => {
    world = await startWorld({
      config: `[profile long]\nrole_arn = ${ROLES.long}\nsource_profile = base\n[profile chained]\nrole_arn = ${ROLES.readOnly}\nsource_profile = long\n`
    })
    await consoleFor(ROLES.admin)
    expect(Number(tokenCalls()[0]!.params.SessionDuration)).toBeGreaterThanOrEqual(3500)
    const chained = await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:chained' })
    expect(chained).toMatchObject({ ok: true, value: { note: expect.stringMatching(/Console sign-in from this session lasts at most 1 hour/) } })
    expect(await dispatch(world.core.handlers, 'sessions:open-console', { roleId: 'profile:chained' })).toEqual({ ok: true, value: null })
    expect(tokenCalls()[1]!.params.SessionDuration).toBeUndefined()
    expect(tokenCalls()[1]!.status).toBe(200)
  })

  it('leaves the session duration out for MFA-session credentials too', async () => {
    world = await startWorld({ config: `[profile base]\nmfa_serial = ${ALICE.mfaSerial}\n[profile mfa]\nrole_arn = ${ROLES.mfa}\nsource_profile = base\n` })
    await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:mfa', mfaCode: ALICE.mfaCodes[0] })
    expect(await dispatch(world.core.handlers, 'sessions:open-console', { roleId: 'profile:mfa' })).toEqual({ ok: true, value: null })
    expect(tokenCalls()[0]!.params.SessionDuration).toBeUndefined()
  })

  it('signs out of the current console first when asked to', async () => {
    world = await startWorld()
    await dispatch(world.core.handlers, 'settings:update', { consoleSignOutFirst: true })
    await consoleFor(ROLES.admin)
    const opened = new URL(world.opener.opened[0]!)
    expect(opened.origin).toBe(world.sts.url)
    expect(opened.pathname).toBe('/oauth')
    expect(opened.searchParams.get('Action')).toBe('logout')
    expect(new URL(opened.searchParams.get('redirect_uri')!).searchParams.get('Action')).toBe('login')
  })

  it('shows a federation error clearly and opens nothing', async () => {
    world = await startWorld()
    world.sts.injectFault({ kind: 'http500', action: 'federation' })
    const result = await consoleFor(ROLES.admin)
    expect(result).toMatchObject({ ok: false, error: { code: 'FederationFailed', title: 'Console sign-in failed', detail: expect.stringMatching(/answered 500/) } })
    expect(world.opener.opened).toEqual([])
  })
})

describe('sign-in hosts', () => {
  it('follow the partition, using the regional endpoint in the commercial partition for any region', () => {
    expect(federationUrl('aws')).toBe('https://signin.aws.amazon.com/federation')
    expect(federationUrl('aws', 'ap-southeast-7')).toBe('https://ap-southeast-7.signin.aws.amazon.com/federation')
    expect(federationUrl('aws-cn', 'cn-north-1')).toBe('https://signin.amazonaws.cn/federation')
    expect(federationUrl('aws-us-gov', 'us-gov-east-1')).toBe('https://signin.amazonaws-us-gov.com/federation')
    expect(signOutThen('https://x.example/next', 'aws', 'eu-west-1')).toBe(
      'https://eu-west-1.signin.aws.amazon.com/oauth?Action=logout&redirect_uri=https%3A%2F%2Fx.example%2Fnext'
    )
  })
})

describe('console destination', () => {
  it('opens a chosen service in a chosen region, and refuses a destination that is not a service name', async () => {
    world = await startWorld()
    const saved = (await dispatch(world.core.handlers, 'roles:save', { displayName: 'Admin', roleArn: ROLES.admin })) as { value: { id: string } }
    await dispatch(world.core.handlers, 'roles:assume', { roleId: saved.value.id })
    await dispatch(world.core.handlers, 'sessions:open-console', { roleId: saved.value.id, destination: 's3', region: 'eu-west-1' })
    expect(new URL(world.opener.opened[0]!).searchParams.get('Destination')).toBe('https://console.aws.amazon.com/s3/home?region=eu-west-1')
    expect(
      await dispatch(world.core.handlers, 'sessions:open-console', { roleId: saved.value.id, destination: '../evil.com/' })
    ).toMatchObject({ ok: false, error: { code: 'InvalidRequest', field: 'destination' } })
  })
})
