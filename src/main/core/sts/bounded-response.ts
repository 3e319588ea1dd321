// Bounds how much of an STS answer Rolecall reads, and for how long. The SDK's own requestTimeout
// stops once the headers arrive, and it reads a body of any size, so a broken proxy or a hostile
// endpoint could fill memory or hold a role switch open by trickling bytes.
import type { DeserializeMiddleware } from '@aws-sdk/types'
import { Readable } from 'node:stream'

/** Real STS answers are a few KiB; anything near this is not STS. */
export const MAX_RESPONSE_BYTES = 1024 * 1024

export interface ResponseLimits {
  maxBytes: number
  /** For the whole exchange of one attempt, body included. */
  timeoutMs: number
}

/**
 * Reads the body into memory within the limits. Added inside the SDK's deserializer (priority low),
 * so its errors come out as they are: a deserialization error would be wrapped with a hint about raw
 * responses. A timeout is named TimeoutError so the SDK retries it like any other, within maxAttempts.
 */
export function boundedResponse<I extends object, O extends object>(limits: ResponseLimits): DeserializeMiddleware<I, O> {
  return (next) => async (args) => {
    const startedAt = performance.now()
    const result = await next(args)
    const response = result.response as { body?: unknown }
    if (response.body instanceof Readable) {
      response.body = await readBounded(response.body, limits, limits.timeoutMs - (performance.now() - startedAt))
    }
    return result
  }
}

async function readBounded(body: Readable, limits: ResponseLimits, remainingMs: number): Promise<Uint8Array> {
  const timer = setTimeout(
    () => body.destroy(named('TimeoutError', `STS did not finish its answer within ${limits.timeoutMs} ms.`)),
    Math.max(0, remainingMs)
  )
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of body) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
      size += bytes.byteLength
      if (size > limits.maxBytes) {
        throw named('MalformedResponse', `The answer from STS was larger than ${limits.maxBytes} bytes; Rolecall stopped reading it.`)
      }
      chunks.push(bytes)
    }
  } finally {
    // Leaving the loop early (too large) destroys the stream and with it the connection.
    clearTimeout(timer)
  }
  return Buffer.concat(chunks)
}

function named(name: string, message: string): Error {
  return Object.assign(new Error(message), { name })
}
