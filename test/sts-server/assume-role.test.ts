// AssumeRole and GetSessionToken follow AWS's trust, MFA, external ID, duration and role-chaining rules.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AssumeRoleCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts'
import type { AssumeRoleCommandInput } from '@aws-sdk/client-sts'
import { startStsServer } from '../support/sts-server'
import type { StsServer } from '../support/sts-server'
import { ACCOUNT, alice, bob, expectStsError, fixture, keysOf, roles, sts } from './helpers'
import type { Keys } from './helpers'

describe('sts-server AssumeRole', () => {
  let server: StsServer
  beforeEach(async () => {
    server = await startStsServer(fixture)
  })
  afterEach(() => server.close())

  const assume = (keys: Keys, input: Partial<AssumeRoleCommandInput> & { RoleArn: string }) =>
    sts(server, keys).send(new AssumeRoleCommand({ RoleSessionName: 'test-session', ...input }))

  const notAuthorized = (caller: string, role: string) =>
    `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${role}`

  it('issues role credentials with the assumed-role ARN', async () => {
    const before = Date.now()
    const out = await assume(alice, { RoleArn: roles.dev.arn, RoleSessionName: 'alice', SourceIdentity: 'alice-src' })
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/dev/alice`)
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:alice$/)
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(out.Credentials?.SecretAccessKey).toHaveLength(40)
    expect(out.Credentials?.SessionToken?.length).toBeGreaterThan(100)
    const expiresIn = (out.Credentials?.Expiration?.getTime() ?? 0) - before
    expect(expiresIn).toBeGreaterThan(3_595_000)
    expect(expiresIn).toBeLessThanOrEqual(3_600_000)
    expect(out.SourceIdentity).toBe('alice-src')
    expect(out.PackedPolicySize).toBeGreaterThanOrEqual(0)
    expect(server.calls.at(-1)).toMatchObject({ action: 'AssumeRole', principalArn: alice.arn, status: 200, params: { RoleArn: roles.dev.arn, RoleSessionName: 'alice', SourceIdentity: 'alice-src' } })
  })

  it('drops the role path from the session ARN and keeps the partition', async () => {
    const cn = await startStsServer({
      users: [{ ...alice, arn: 'arn:aws-cn:iam::123456789012:user/alice' }],
      roles: [{ arn: 'arn:aws-cn:iam::123456789012:role/ops/deploy', trustedPrincipals: ['*'] }]
    })
    try {
      const out = await sts(cn, alice).send(new AssumeRoleCommand({ RoleArn: 'arn:aws-cn:iam::123456789012:role/ops/deploy', RoleSessionName: 'ci' }))
      expect(out.AssumedRoleUser?.Arn).toBe('arn:aws-cn:sts::123456789012:assumed-role/deploy/ci')
    } finally {
      await cn.close()
    }
  })

  it('sends tags as Tags.member.N and reports the packed size', async () => {
    const out = await assume(alice, { RoleArn: roles.dev.arn, Tags: [{ Key: 'project', Value: 'rolecall' }] })
    expect(out.PackedPolicySize).toBeGreaterThan(0)
    expect(server.calls.at(-1)?.params).toMatchObject({ 'Tags.member.1.Key': 'project', 'Tags.member.1.Value': 'rolecall' })
  })

  it('refuses tags where the trust policy does not allow sts:TagSession, and tags STS itself would refuse', async () => {
    await expectStsError(assume(alice, { RoleArn: roles.anyone.arn, Tags: [{ Key: 'p', Value: 'v' }] }), 'AccessDenied', 403, /not authorized to perform: sts:TagSession/)
    const twice = [{ Key: 'Team', Value: 'a' }, { Key: 'team', Value: 'b' }]
    await expectStsError(assume(alice, { RoleArn: roles.dev.arn, Tags: twice }), 'InvalidParameterValue', 400, /Duplicate tag keys found/)
    await expectStsError(
      assume(alice, { RoleArn: roles.dev.arn, Tags: [{ Key: 'Team', Value: 'a' }], TransitiveTagKeys: ['Project'] }),
      'InvalidParameterValue',
      400,
      /transitive tag key must be included in the requested tags/
    )
    await expectStsError(assume(alice, { RoleArn: roles.dev.arn, Tags: [{ Key: 'Cost$', Value: 'v' }] }), 'ValidationError', 400, /Member must satisfy regular expression pattern/)
  })

  it('denies callers the role does not trust, and unknown roles', async () => {
    await expectStsError(assume(bob, { RoleArn: roles.dev.arn }), 'AccessDenied', 403, notAuthorized(bob.arn, roles.dev.arn))
    const missing = `arn:aws:iam::${ACCOUNT}:role/missing`
    await expectStsError(assume(alice, { RoleArn: missing }), 'AccessDenied', 403, notAuthorized(alice.arn, missing))
    expect(server.calls.map((c) => c.errorCode)).toEqual(['AccessDenied', 'AccessDenied'])
  })

  it("trusts everyone in the account for '*'", async () => {
    await assume(bob, { RoleArn: roles.anyone.arn })
  })

  it('validates RoleSessionName and DurationSeconds like AWS', async () => {
    await expectStsError(assume(alice, { RoleArn: roles.dev.arn, RoleSessionName: 'has space' }), 'ValidationError', 400, /at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern/)
    await expectStsError(assume(alice, { RoleArn: roles.dev.arn, RoleSessionName: 'x' }), 'ValidationError', 400, /Member must have length greater than or equal to 2/)
    await expectStsError(
      assume(alice, { RoleArn: roles.dev.arn, DurationSeconds: 899 }),
      'ValidationError',
      400,
      "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"
    )
    await expectStsError(assume(alice, { RoleArn: roles.anyone.arn, DurationSeconds: 43201, RoleSessionName: 'x' }), 'ValidationError', 400, /^2 validation errors detected: /)
  })

  it('enforces the role MaxSessionDuration', async () => {
    await assume(alice, { RoleArn: roles.anyone.arn, DurationSeconds: 43200 })
    await assume(alice, { RoleArn: roles.dev.arn, DurationSeconds: 3600 })
    await expectStsError(assume(alice, { RoleArn: roles.dev.arn, DurationSeconds: 3601 }), 'ValidationError', 400, 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  })

  it('requires the external ID when the role sets one', async () => {
    const denied = notAuthorized(alice.arn, roles.partner.arn)
    await expectStsError(assume(alice, { RoleArn: roles.partner.arn }), 'AccessDenied', 403, denied)
    await expectStsError(assume(alice, { RoleArn: roles.partner.arn, ExternalId: 'wrong-id' }), 'AccessDenied', 403, denied)
    await assume(alice, { RoleArn: roles.partner.arn, ExternalId: 'partner-ext-id' })
  })

  describe('role chaining', () => {
    it('trusts a role session as its role and caps it at one hour', async () => {
      const dev = keysOf(await assume(alice, { RoleArn: roles.dev.arn, RoleSessionName: 'hop1' }))
      const chained = await assume(dev, { RoleArn: roles.chained.arn, RoleSessionName: 'hop2', DurationSeconds: 3600 })
      expect(chained.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/chained/hop2`)
      await expectStsError(
        assume(dev, { RoleArn: roles.chained.arn, DurationSeconds: 7200 }),
        'ValidationError',
        400,
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
      )
      // The same role allows long sessions when assumed directly by a user.
      await assume(alice, { RoleArn: roles.chained.arn, DurationSeconds: 7200 })
    })

    it('names the assumed-role session in AccessDenied for untrusted chains', async () => {
      const dev = keysOf(await assume(alice, { RoleArn: roles.dev.arn, RoleSessionName: 'hop1' }))
      await expectStsError(assume(dev, { RoleArn: roles.partner.arn, ExternalId: 'partner-ext-id' }), 'AccessDenied', 403, notAuthorized(`arn:aws:sts::${ACCOUNT}:assumed-role/dev/hop1`, roles.partner.arn))
      expect(server.calls.at(-1)?.principalArn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/dev/hop1`)
    })
  })

  describe('MFA', () => {
    const mfa = (code: string) => ({ SerialNumber: alice.mfaSerial, TokenCode: code })

    it('denies an MFA-protected role without MFA', async () => {
      await expectStsError(assume(alice, { RoleArn: roles.admin.arn }), 'AccessDenied', 403, notAuthorized(alice.arn, roles.admin.arn))
    })

    it('accepts a valid code once and rejects its reuse', async () => {
      await assume(alice, { RoleArn: roles.admin.arn, ...mfa('111111') })
      await expectStsError(assume(alice, { RoleArn: roles.admin.arn, ...mfa('111111') }), 'AccessDenied', 403, 'MultiFactorAuthentication failed because the one time pass code was already used')
      await assume(alice, { RoleArn: roles.admin.arn, ...mfa('222222') })
    })

    it('rejects wrong codes and serials not belonging to the caller', async () => {
      await expectStsError(assume(alice, { RoleArn: roles.admin.arn, ...mfa('999999') }), 'AccessDenied', 403, 'MultiFactorAuthentication failed with invalid MFA one time pass code.')
      await expectStsError(assume(bob, { RoleArn: roles.admin.arn, ...mfa('111111') }), 'AccessDenied', 403, /MultiFactorAuthentication failed/)
      await expectStsError(assume(alice, { RoleArn: roles.admin.arn, ...mfa('12ab56') }), 'ValidationError', 400, /at 'tokenCode'/)
    })

    it('accepts an MFA GetSessionToken session in place of a code, but not a plain one', async () => {
      const client = sts(server, alice)
      const withMfa = keysOf(await client.send(new GetSessionTokenCommand({ ...mfa('333333'), DurationSeconds: 900 })))
      const out = await assume(withMfa, { RoleArn: roles.admin.arn, RoleSessionName: 'mfa-session' })
      expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/admin/mfa-session`)
      expect(server.calls.at(-1)?.principalArn).toBe(alice.arn)

      const plain = keysOf(await client.send(new GetSessionTokenCommand({})))
      await expectStsError(assume(plain, { RoleArn: roles.admin.arn }), 'AccessDenied', 403, notAuthorized(alice.arn, roles.admin.arn))
      // Not chaining: a session-token caller may still ask for more than an hour.
      await assume(plain, { RoleArn: roles.chained.arn, DurationSeconds: 7200 })
    })
  })

  describe('GetSessionToken', () => {
    it('defaults to 12 hours and validates DurationSeconds', async () => {
      const before = Date.now()
      const out = await sts(server, bob).send(new GetSessionTokenCommand({}))
      expect((out.Credentials?.Expiration?.getTime() ?? 0) - before).toBeGreaterThan(43_195_000)
      await expectStsError(sts(server, bob).send(new GetSessionTokenCommand({ DurationSeconds: 129601 })), 'ValidationError', 400, /less than or equal to 129600/)
    })

    it('refuses session credentials', async () => {
      const session = keysOf(await sts(server, bob).send(new GetSessionTokenCommand({})))
      await expectStsError(sts(server, session).send(new GetSessionTokenCommand({})), 'AccessDenied', 403, 'Cannot call GetSessionToken with session credentials')
      const role = keysOf(await assume(bob, { RoleArn: roles.anyone.arn }))
      await expectStsError(sts(server, role).send(new GetSessionTokenCommand({})), 'AccessDenied', 403)
    })

    it('checks MFA codes and shares their one-time use with AssumeRole', async () => {
      await sts(server, alice).send(new GetSessionTokenCommand({ SerialNumber: alice.mfaSerial, TokenCode: '111111' }))
      await expectStsError(assume(alice, { RoleArn: roles.admin.arn, SerialNumber: alice.mfaSerial, TokenCode: '111111' }), 'AccessDenied', 403, /already used/)
      await expectStsError(sts(server, alice).send(new GetSessionTokenCommand({ SerialNumber: alice.mfaSerial, TokenCode: '000000' })), 'AccessDenied', 403, /invalid MFA one time pass code/)
    })
  })
})
