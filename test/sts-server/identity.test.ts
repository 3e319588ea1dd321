// The STS server authenticates SigV4 requests like AWS: identities, key and token checks, expiry and clock skew.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts'
import { startStsServer } from '../support/sts-server'
import type { StsServer } from '../support/sts-server'
import { ACCOUNT, alice, bob, expectStsError, fixture, keysOf, raw, roles, signedPost, sts } from './helpers'

describe('sts-server authentication', () => {
  let server: StsServer
  beforeEach(async () => {
    server = await startStsServer(fixture)
  })
  afterEach(() => server.close())

  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('reports the caller identity of long-term keys', async () => {
    const out = await sts(server, alice).send(new GetCallerIdentityCommand({}))
    expect(out).toMatchObject({ Account: ACCOUNT, Arn: alice.arn, UserId: expect.stringMatching(/^AIDA[A-Z2-7]{17}$/) })
    expect(server.calls).toEqual([expect.objectContaining({ action: 'GetCallerIdentity', principalArn: alice.arn, status: 200 })])
  })

  it('reports an assumed-role identity for role credentials and the user for session-token credentials', async () => {
    const client = sts(server, alice)
    const role = await client.send(new AssumeRoleCommand({ RoleArn: roles.dev.arn, RoleSessionName: 'alice@laptop' }))
    const asRole = await sts(server, keysOf(role)).send(new GetCallerIdentityCommand({}))
    expect(asRole.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/dev/alice@laptop`)
    expect(asRole.UserId).toBe(role.AssumedRoleUser?.AssumedRoleId)

    const session = await client.send(new GetSessionTokenCommand({}))
    const asSession = await sts(server, keysOf(session)).send(new GetCallerIdentityCommand({}))
    expect(asSession.Arn).toBe(alice.arn)
  })

  it('accepts users and roles added after start, and rejects malformed ARNs', async () => {
    const carol = { arn: `arn:aws:iam::${ACCOUNT}:user/carol`, accessKeyId: 'AKIACAROL00000000001', secretAccessKey: 'carol-secret' }
    server.addUser(carol)
    server.addRole({ arn: `arn:aws:iam::${ACCOUNT}:role/carol-only`, trustedPrincipals: [carol.arn] })
    await sts(server, carol).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/carol-only`, RoleSessionName: 'carol' }))
    expect(() => server.addUser({ ...carol, arn: `arn:aws:iam::${ACCOUNT}:role/carol` })).toThrow(/not an IAM user ARN/)
    expect(() => server.addRole({ arn: 'arn:aws:iam::12345:role/short-account', trustedPrincipals: [] })).toThrow(/not an IAM role ARN/)
  })

  it('rejects a wrong secret with SignatureDoesNotMatch', async () => {
    await expectStsError(
      sts(server, { ...alice, secretAccessKey: 'not-the-secret' }).send(new GetCallerIdentityCommand({})),
      'SignatureDoesNotMatch',
      403,
      /signature we calculated does not match/
    )
    expect(server.calls[0]).toMatchObject({ status: 403, errorCode: 'SignatureDoesNotMatch', principalArn: undefined })
  })

  it('rejects a body changed after signing', async () => {
    const res = await signedPost(server, alice, { Action: 'GetCallerIdentity', Version: '2011-06-15' }, (body) => `${body}&x=1`)
    expect(res.status).toBe(403)
    expect(res.body).toContain('<Code>SignatureDoesNotMatch</Code>')
  })

  it('rejects an unknown access key with InvalidClientTokenId', async () => {
    await expectStsError(
      sts(server, { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }).send(new GetCallerIdentityCommand({})),
      'InvalidClientTokenId',
      403,
      'The security token included in the request is invalid.'
    )
  })

  it('requires the matching session token with temporary credentials', async () => {
    const keys = keysOf(await sts(server, alice).send(new GetSessionTokenCommand({})))
    await expectStsError(sts(server, { ...keys, sessionToken: undefined }).send(new GetCallerIdentityCommand({})), 'InvalidClientTokenId', 403)
    await expectStsError(sts(server, { ...keys, sessionToken: 'forged' }).send(new GetCallerIdentityCommand({})), 'InvalidClientTokenId', 403)
    await expectStsError(sts(server, { ...bob, sessionToken: keys.sessionToken }).send(new GetCallerIdentityCommand({})), 'InvalidClientTokenId', 403)
  })

  it('answers unsigned requests with MissingAuthenticationToken and unknown actions with InvalidAction', async () => {
    const unsigned = await raw(server.url, { method: 'POST', body: 'Action=GetCallerIdentity&Version=2011-06-15' })
    expect(unsigned.status).toBe(403)
    expect(unsigned.body).toMatch(/^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/"><Error><Type>Sender<\/Type><Code>MissingAuthenticationToken<\/Code>/)

    const unknown = await signedPost(server, alice, { Action: 'GetFederationToken', Version: '2011-06-15' })
    expect(unknown.status).toBe(400)
    expect(unknown.body).toContain('<Code>InvalidAction</Code>')
    expect(unknown.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers with ExpiredToken once temporary credentials expire', async () => {
    let now = Date.now()
    const clocked = await startStsServer({ ...fixture, now: () => now })
    try {
      const keys = keysOf(await sts(clocked, alice).send(new AssumeRoleCommand({ RoleArn: roles.dev.arn, RoleSessionName: 's1', DurationSeconds: 900 })))
      await sts(clocked, keys).send(new GetCallerIdentityCommand({}))
      now += 901_000
      await expectStsError(sts(clocked, keys).send(new GetCallerIdentityCommand({})), 'ExpiredToken', 400, 'The security token included in the request is expired')
    } finally {
      await clocked.close()
    }
  })

  it('expireAllSessions() expires every credential issued so far', async () => {
    const client = sts(server, alice)
    const role = keysOf(await client.send(new AssumeRoleCommand({ RoleArn: roles.dev.arn, RoleSessionName: 's1' })))
    const session = keysOf(await client.send(new GetSessionTokenCommand({})))
    server.expireAllSessions()
    await expectStsError(sts(server, role).send(new GetCallerIdentityCommand({})), 'ExpiredToken', 400)
    await expectStsError(sts(server, session).send(new GetCallerIdentityCommand({})), 'ExpiredToken', 400)
    await client.send(new GetCallerIdentityCommand({}))
  })

  it('applies clock skew to the Date header and to Expiration, and the SDK adopts the offset', async () => {
    server.setClockSkewSeconds(7200)
    const client = sts(server, alice)
    const out = await client.send(new AssumeRoleCommand({ RoleArn: roles.dev.arn, RoleSessionName: 'skewed' }))
    const expectedExpiry = Date.now() + (7200 + 3600) * 1000
    expect(Math.abs((out.Credentials?.Expiration?.getTime() ?? 0) - expectedExpiry)).toBeLessThan(5000)
    expect(Math.abs(client.config.systemClockOffset - 7_200_000)).toBeLessThan(5000)

    const res = await raw(server.url, { method: 'POST', body: 'Action=GetCallerIdentity' })
    expect(Math.abs(Date.parse(String(res.headers.date)) - (Date.now() + 7_200_000))).toBeLessThan(5000)
  })
})
