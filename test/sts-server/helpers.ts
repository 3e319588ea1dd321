// Shared fixtures for the STS server tests: one account's users and roles, SDK clients, and raw HTTP access.
import { request } from 'node:http'
import { STSClient } from '@aws-sdk/client-sts'
import type { STSClientConfig, Credentials } from '@aws-sdk/client-sts'
import { SignatureV4 } from '@smithy/signature-v4'
import { Sha256 } from '@aws-crypto/sha256-js'
import { expect } from 'vitest'
import type { StsRole, StsServer, StsUser } from '../support/sts-server'

export const ACCOUNT = '123456789012'
const iam = (resource: string): string => `arn:aws:iam::${ACCOUNT}:${resource}`

export const alice: StsUser = {
  arn: iam('user/alice'),
  accessKeyId: 'AKIAALICE00000000001',
  secretAccessKey: 'alice/secret+key0000000000000000000000000',
  mfaSerial: iam('mfa/alice'),
  mfaCodes: ['111111', '222222', '333333']
}

export const bob: StsUser = {
  arn: iam('user/bob'),
  accessKeyId: 'AKIABOB0000000000001',
  secretAccessKey: 'bob-secret-key-000000000000000000000000'
}

export const roles = {
  dev: { arn: iam('role/dev'), trustedPrincipals: [alice.arn], allowTagSession: true },
  anyone: { arn: iam('role/teams/anyone'), trustedPrincipals: ['*'], maxSessionDuration: 43200 },
  admin: { arn: iam('role/admin'), trustedPrincipals: [alice.arn, bob.arn], requireMfa: true },
  partner: { arn: iam('role/partner'), trustedPrincipals: [alice.arn], externalId: 'partner-ext-id' },
  /** Trusts the dev role, so dev sessions can chain into it. */
  chained: { arn: iam('role/chained'), trustedPrincipals: [iam('role/dev'), alice.arn], maxSessionDuration: 43200 }
} satisfies Record<string, StsRole>

export const fixture = { users: [alice, bob], roles: Object.values(roles) }

export interface Keys {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export function sts(server: StsServer, credentials: Keys, config: Partial<STSClientConfig> = {}): STSClient {
  return new STSClient({ endpoint: server.url, region: 'us-east-1', credentials, ...config })
}

export function keysOf(output: { Credentials?: Credentials }): Keys {
  const c = output.Credentials
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) throw new Error('response carried no credentials')
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken }
}

/** Asserts an SDK call failed with the given STS error code, HTTP status and (optionally) message. */
export async function expectStsError(call: Promise<unknown>, code: string, status: number, message?: string | RegExp): Promise<void> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error, `expected ${code}`).toBeInstanceOf(Error)
  const e = error as Error & { $metadata?: { httpStatusCode?: number } }
  expect(e.name).toBe(code)
  expect(e.$metadata?.httpStatusCode).toBe(status)
  if (message !== undefined) expect(e.message).toMatch(message)
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

/** A form POST signed outside the SDK, for requests the SDK cannot express. */
export async function signedPost(server: StsServer, keys: Keys, form: Record<string, string>, tamper?: (body: string) => string): Promise<RawResponse> {
  const url = new URL(server.url)
  const body = new URLSearchParams(form).toString()
  const signer = new SignatureV4({ service: 'sts', region: 'us-east-1', sha256: Sha256, credentials: keys })
  const signed = await signer.sign({
    method: 'POST',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    query: {},
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body
  })
  return raw(server.url, { method: 'POST', headers: signed.headers, body: tamper ? tamper(body) : body })
}

/** The federation endpoint's Session parameter for a set of temporary credentials. */
export const federationSession = (keys: Keys): string =>
  JSON.stringify({ sessionId: keys.accessKeyId, sessionKey: keys.secretAccessKey, sessionToken: keys.sessionToken })
