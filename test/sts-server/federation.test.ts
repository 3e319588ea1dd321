// The federation endpoint swaps live temporary credentials for a console sign-in token and redeems it once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AssumeRoleCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts'
import { startStsServer } from '../support/sts-server'
import type { StsServer } from '../support/sts-server'
import { alice, federationSession, fixture, keysOf, raw, roles, sts } from './helpers'
import type { Keys } from './helpers'

describe('sts-server federation', () => {
  let server: StsServer
  beforeEach(async () => {
    server = await startStsServer(fixture)
  })
  afterEach(() => server.close())

  const roleKeys = async (keys: Keys = alice, roleArn = roles.dev.arn) =>
    keysOf(await sts(server, keys).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'console' })))

  const getSigninToken = (session: string, sessionDuration?: number) =>
    raw(`${server.url}/federation?${new URLSearchParams({ Action: 'getSigninToken', Session: session, ...(sessionDuration ? { SessionDuration: String(sessionDuration) } : {}) })}`)

  const login = (token: string) =>
    raw(`${server.url}/federation?${new URLSearchParams({ Action: 'login', Issuer: 'https://rolecall.example', Destination: 'https://console.aws.amazon.com/', SigninToken: token })}`)

  const tokenOf = (body: string): string => (JSON.parse(body) as { SigninToken: string }).SigninToken

  it('issues a SigninToken for live role credentials, with and without SessionDuration', async () => {
    const keys = await roleKeys()
    const res = await getSigninToken(federationSession(keys))
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/json')
    expect(tokenOf(res.body).length).toBeGreaterThan(100)
    expect((await getSigninToken(federationSession(keys), 43200)).status).toBe(200)
    expect(server.calls.at(-1)).toMatchObject({ action: 'federation:getSigninToken', status: 200, principalArn: 'arn:aws:sts::123456789012:assumed-role/dev/console', params: { SessionDuration: '43200' } })
  })

  it('refuses unknown, mismatched, malformed and expired sessions with a 400 text body', async () => {
    const keys = await roleKeys()
    for (const session of [
      federationSession({ ...keys, sessionToken: 'forged' }),
      federationSession({ ...keys, secretAccessKey: 'forged' }),
      federationSession({ ...alice, sessionToken: 'x' }),
      'not json'
    ]) {
      const res = await getSigninToken(session)
      expect(res).toMatchObject({ status: 400, body: expect.stringMatching(/^Invalid session credentials/) })
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    }
    server.expireAllSessions()
    expect((await getSigninToken(federationSession(keys))).status).toBe(400)
    expect(server.calls.at(-1)).toMatchObject({ status: 400, errorCode: 'InvalidSession' })
  })

  it('refuses SessionDuration for chained role credentials', async () => {
    const chained = await roleKeys(await roleKeys(), roles.chained.arn)
    const res = await getSigninToken(federationSession(chained), 3600)
    expect(res).toMatchObject({ status: 400, body: 'SessionDuration is not supported for credentials obtained via role chaining\n' })
    expect((await getSigninToken(federationSession(chained))).status).toBe(200)
  })

  it('refuses SessionDuration for GetSessionToken credentials and roles assumed with them', async () => {
    const mfaSession = keysOf(await sts(server, alice).send(new GetSessionTokenCommand({ SerialNumber: alice.mfaSerial, TokenCode: '111111' })))
    expect(await getSigninToken(federationSession(mfaSession), 3600)).toMatchObject({ status: 400, body: 'SessionDuration is not supported for credentials obtained via GetSessionToken\n' })
    const adminViaMfa = await roleKeys(mfaSession, roles.admin.arn)
    expect((await getSigninToken(federationSession(adminViaMfa), 3600)).status).toBe(400)
    expect(server.calls.at(-1)).toMatchObject({ errorCode: 'SessionDurationNotAllowed' })
  })

  it('refuses SessionDuration outside 900..43200', async () => {
    const keys = await roleKeys()
    expect(await getSigninToken(federationSession(keys), 899)).toMatchObject({ status: 400, body: expect.stringMatching(/^SessionDuration must be/) })
    expect((await getSigninToken(federationSession(keys), 43201)).status).toBe(400)
  })

  it('redirects login to the Destination once per token', async () => {
    const token = tokenOf((await getSigninToken(federationSession(await roleKeys()))).body)
    const res = await login(token)
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe('https://console.aws.amazon.com/')
    expect(server.calls.at(-1)).toMatchObject({ action: 'federation:login', status: 302 })
    expect((await login(token)).status).toBe(400)
    expect((await login('bogus')).status).toBe(400)
  })

  it('refuses login once the underlying credentials expire', async () => {
    const token = tokenOf((await getSigninToken(federationSession(await roleKeys()))).body)
    server.expireAllSessions()
    expect(await login(token)).toMatchObject({ status: 400, body: 'Invalid, expired or already used SigninToken\n' })
  })
})
