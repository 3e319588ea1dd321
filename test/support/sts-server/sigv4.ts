// SigV4 verification: parses the Authorization header and re-signs the received request with the smithy signer.
import { timingSafeEqual } from 'node:crypto'
import { SignatureV4 } from '@smithy/signature-v4'
import { Sha256 } from '@aws-crypto/sha256-js'
import { StsError } from './errors'

export interface ReceivedRequest {
  method: string
  path: string
  query: Record<string, string | string[]>
  /** Lower-cased names. */
  headers: Record<string, string>
  body: string
}

export interface Authorization {
  accessKeyId: string
  scopeDate: string
  region: string
  service: string
  signedHeaders: string[]
  signature: string
}

const ALGORITHM = 'AWS4-HMAC-SHA256'
const CONTENT_SHA256 = 'x-amz-content-sha256'

export function parseAuthorization(header: string | undefined): Authorization {
  if (!header) throw new StsError('MissingAuthenticationToken', 'Request is missing Authentication Token')
  const incomplete = new StsError('IncompleteSignature', `Authorization header is not a valid ${ALGORITHM} signature: ${header}`)
  if (!header.startsWith(`${ALGORITHM} `)) throw incomplete
  const parts = new Map(
    header
      .slice(ALGORITHM.length)
      .split(',')
      .map((part) => {
        const [key = '', ...value] = part.trim().split('=')
        return [key, value.join('=')] as const
      })
  )
  const [accessKeyId, scopeDate, region, service, terminator] = (parts.get('Credential') ?? '').split('/')
  const signedHeaders = parts.get('SignedHeaders')
  const signature = parts.get('Signature')
  if (!accessKeyId || !scopeDate || !region || !service || terminator !== 'aws4_request' || !signedHeaders || !signature) {
    throw incomplete
  }
  return { accessKeyId, scopeDate, region, service, signedHeaders: signedHeaders.split(';'), signature }
}

function signingDate(amzDate: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate)
  if (!m) throw new StsError('IncompleteSignature', "Authorization header requires existence of a valid 'X-Amz-Date' header.")
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`)
}

export async function verifySignature(request: ReceivedRequest, auth: Authorization, secretAccessKey: string): Promise<void> {
  const amzDate = request.headers['x-amz-date'] ?? ''
  const date = signingDate(amzDate)
  if (auth.service !== 'sts') {
    throw new StsError('SignatureDoesNotMatch', `Credential should be scoped to correct service: 'sts'.`)
  }
  if (!amzDate.startsWith(auth.scopeDate)) {
    throw new StsError('SignatureDoesNotMatch', `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scopeDate}' != '${amzDate.slice(0, 8)}'.`)
  }
  // Only the headers the client signed take part. The payload hash header is left out so the signer hashes the
  // body we actually received instead of trusting the client's claim about it.
  const headers: Record<string, string> = {}
  for (const name of auth.signedHeaders) {
    const value = request.headers[name]
    if (value !== undefined && name !== CONTENT_SHA256) headers[name] = value
  }
  const signer = new SignatureV4({
    service: auth.service,
    region: auth.region,
    sha256: Sha256,
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey },
    applyChecksum: auth.signedHeaders.includes(CONTENT_SHA256)
  })
  const resigned = await signer.sign(
    { method: request.method, protocol: 'http:', hostname: headers.host ?? '', path: request.path, query: request.query, headers, body: request.body },
    { signingDate: date, signableHeaders: new Set(auth.signedHeaders) }
  )
  const expected = /Signature=([0-9a-f]+)$/.exec(resigned.headers.authorization ?? '')?.[1] ?? ''
  const a = Buffer.from(expected)
  const b = Buffer.from(auth.signature)
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new StsError(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
    )
  }
}
