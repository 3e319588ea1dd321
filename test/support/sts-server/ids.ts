// Generators for AWS-looking identifiers and secrets, so clients that sanity-check their shape accept them.
import { createHash, randomBytes } from 'node:crypto'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function base32(bytes: Uint8Array, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += BASE32[(bytes[i % bytes.length] ?? 0) % 32]
  return out
}

export const newTemporaryAccessKeyId = (): string => `ASIA${base32(randomBytes(16), 16)}`
export const newSecretAccessKey = (): string => randomBytes(30).toString('base64')
export const newSessionToken = (): string => randomBytes(264).toString('base64')
export const newSigninToken = (): string => randomBytes(192).toString('base64url')

/** Unique IDs are derived from the ARN so they stay stable across calls, as in IAM. */
export const uniqueId = (prefix: 'AIDA' | 'AROA', arn: string): string =>
  `${prefix}${base32(createHash('sha256').update(arn).digest(), 17)}`
