// Builds an AWS console sign-in URL for a session through the federation endpoint:
// getSigninToken with the session's credentials, then a login URL with Issuer and Destination.
import type { Partition } from '../../shared/arn'
import type { TemporaryCredentials } from './sts-gateway'

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
}

export interface ConsoleSigninOptions {
  /** Overrides the federation endpoint's origin (AWS_ENDPOINT_URL_SIGNIN), like AWS_ENDPOINT_URL_STS does for STS. */
  endpointOverride?: string
  timeoutMs?: number
}

export class FederationError extends Error {
  override name = 'FederationFailed'
}

export function federationUrl(partition: Partition, override?: string): string {
  const origin = override ? new URL(override).origin : `https://${PARTITION_HOSTS[partition].signin}`
  return `${origin}/federation`
}

export function consoleDestination(partition: Partition, region?: string, service = 'console'): string {
  const url = new URL(`https://${PARTITION_HOSTS[partition].console}/${encodeURIComponent(service)}/home`)
  if (region) url.searchParams.set('region', region)
  return url.toString()
}

export async function buildConsoleUrl(request: ConsoleRequest, options: ConsoleSigninOptions = {}): Promise<string> {
  const endpoint = federationUrl(request.partition, options.endpointOverride)
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
  return login.toString()
}

async function fetchSigninToken(url: URL, timeoutMs: number): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' })
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError'
    throw new FederationError(
      timedOut ? 'The sign-in endpoint did not answer in time.' : `The sign-in endpoint could not be reached (${url.host}).`
    )
  }
  const body = await readLimited(response)
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
