// Responses as plain data, so the server can record the outcome in `calls` before writing it to the socket.
import type { StsError } from './errors'
import { errorXml } from './xml'

export interface Reply {
  status: number
  headers: Record<string, string>
  body: string
  errorCode?: string
  principalArn?: string
}

/** How one endpoint renders failures, so faults look native on both STS and federation. */
export interface Surface {
  error(error: StsError): Reply
  malformed(): Reply
}

export const xmlReply = (status: number, body: string, requestId: string): Reply => ({
  status,
  headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
  body
})

export const stsErrorReply = (error: StsError, requestId: string): Reply => ({
  ...xmlReply(error.status, errorXml(error, requestId), requestId),
  errorCode: error.code
})

export const textReply = (status: number, body: string, errorCode: string): Reply => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: `${body}\n`,
  errorCode
})

export const jsonReply = (value: unknown): Reply => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value)
})
