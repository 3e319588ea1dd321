// How the CLI (on Windows, see client.ts) and the app show each other they know the broker token
// without sending it: each signs the request's fresh nonce with it. Sent as it is, the token would go
// to whatever answers, including another user's program on a pipe name left behind in a stale address
// file, which could then compute the app's proof as well.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// The label keeps the two signatures apart: an impostor cannot return the client's own as the app's.
type Signer = 'client' | 'app'

export function newNonce(): string {
  return randomBytes(16).toString('base64url')
}

/** HMAC-SHA256 under the token of the signer's label and the nonce, base64url. */
export function sign(token: string, signer: Signer, nonce: string): string {
  return createHmac('sha256', token).update(`${signer}:${nonce}`).digest('base64url')
}

export function verify(token: string, signer: Signer, nonce: string, given: unknown): boolean {
  if (typeof given !== 'string') return false
  const expected = Buffer.from(sign(token, signer, nonce))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
