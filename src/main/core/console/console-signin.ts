// Builds an AWS console sign-in URL for a session through the federation endpoint:
// getSigninToken with the session's credentials, then a login URL with Issuer and Destination.
// Hosts follow the partition; in the commercial partition the regional sign-in endpoint is used for
// any region, so a region Rolecall has never heard of still works.
import type { Partition } from '../../../shared/arn'
import type { TemporaryCredentials } from '../sts'

const PARTITION_HOSTS: Record<Partition, { signin: string; console: string }> = {
  aws: { signin: 'signin.aws.amazon.com', console: 'console.aws.amazon.com' },
  'aws-cn': { signin: 'signin.amazonaws.cn', console: 'console.amazonaws.cn' },
  'aws-us-gov': { signin: 'signin.amazonaws-us-gov.com', console: 'console.amazonaws-us-gov.com' }
}

export const ISSUER = 'Rolecall'
const MAX_BODY_BYTES = 64 * 1024

export interface ConsoleRequest {
  credentials: TemporaryCredentials
  partition: Partition
  region?: string
  /** A console service path such as "s3" or "ec2"; the console home when absent. */
  service?: string
  /** Only valid for AssumeRole credentials made with long-term keys; AWS refuses it otherwise. */
  sessionDurationSeconds?: number
  /** Sign out of whatever console session the browser has before signing in as this one. */
  signOutFirst?: boolean
}

export interface ConsoleSigninOptions {
  /** Overrides the federation endpoint's origin (AWS_ENDPOINT_URL_SIGNIN), like AWS_ENDPOINT_URL_STS does for STS. */
  endpointOverride?: string
  timeoutMs?: number
}

export class FederationError extends Error {
  override name = 'FederationFailed'
}

export function signinOrigin(partition: Partition, region?: string, override?: string): string {
  if (override) return new URL(override).origin
  const host = PARTITION_HOSTS[partition].signin
  return partition === 'aws' && region ? `https://${region}.${host}` : `https://${host}`
}

export function federationUrl(partition: Partition, region?: string, override?: string): string {
  return `${signinOrigin(partition, region, override)}/federation`
}

/** The console's logout, which then redirects to `next` (the login URL), in the same partition. */
export function signOutThen(next: string, partition: Partition, region?: string, override?: string): string {
  const url = new URL(`${signinOrigin(partition, region, override)}/oauth`)
  url.searchParams.set('Action', 'logout')
  url.searchParams.set('redirect_uri', next)
  return url.toString()
}

export function consoleDestination(partition: Partition, region?: string, service = 'console'): string {
  const url = new URL(`https://${PARTITION_HOSTS[partition].console}/${encodeURIComponent(service)}/home`)
  if (region) url.searchParams.set('region', region)
  return url.toString()
}

export async function buildConsoleUrl(request: ConsoleRequest, options: ConsoleSigninOptions = {}): Promise<string> {
  const endpoint = federationUrl(request.partition, request.region, options.endpointOverride)
  const tokenUrl = new URL(endpoint)
  tokenUrl.searchParams.set('Action', 'getSigninToken')
  if (request.sessionDurationSeconds !== undefined) {
    tokenUrl.searchParams.set('SessionDuration', String(request.sessionDurationSeconds))
  }
  tokenUrl.searchParams.set(
    'Session',
    JSON.stringify({
      sessionId: request.credentials.accessKeyId,
      sessionKey: request.credentials.secretAccessKey,
      sessionToken: request.credentials.sessionToken
    })
  )
  const signinToken = await fetchSigninToken(tokenUrl, options.timeoutMs ?? 10_000)
  const login = new URL(endpoint)
  login.searchParams.set('Action', 'login')
  login.searchParams.set('Issuer', ISSUER)
  login.searchParams.set('Destination', consoleDestination(request.partition, request.region, request.service))
  login.searchParams.set('SigninToken', signinToken)
  return request.signOutFirst
    ? signOutThen(login.toString(), request.partition, request.region, options.endpointOverride)
    : login.toString()
}

async function fetchSigninToken(url: URL, timeoutMs: number): Promise<string> {
  let response: Response
  let body: string
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' })
    // The timeout runs on while the body is read, so a trickling answer ends here too.
    body = await readLimited(response)
  } catch (error) {
    if (error instanceof FederationError) throw error
    const timedOut = (error as Error).name === 'TimeoutError'
    throw new FederationError(
      timedOut ? 'The sign-in endpoint did not answer in time.' : `The sign-in endpoint could not be reached (${url.host}).`
    )
  }
  if (!response.ok) {
    throw new FederationError(`The sign-in endpoint answered ${response.status}: ${body.slice(0, 200).trim()}`)
  }
  let token: unknown
  try {
    token = (JSON.parse(body) as { SigninToken?: unknown }).SigninToken
  } catch {
    token = undefined
  }
  if (typeof token !== 'string' || token === '') {
    throw new FederationError('The sign-in endpoint answered without a sign-in token.')
  }
  return token
}

async function readLimited(response: Response): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      throw new FederationError(`The sign-in endpoint's answer exceeded ${MAX_BODY_BYTES} bytes.`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
