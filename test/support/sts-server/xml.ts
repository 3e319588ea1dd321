// Renders AWS query-protocol XML bodies: result envelopes, error envelopes, and a deliberately broken one.
import type { StsError } from './errors'

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'

export interface XmlFields {
  [element: string]: string | number | XmlFields | undefined
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)

function render(fields: XmlFields): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string | number | XmlFields] => entry[1] !== undefined)
    .map(([tag, value]) => `<${tag}>${typeof value === 'object' ? render(value) : escapeXml(String(value))}</${tag}>`)
    .join('')
}

export const resultXml = (action: string, result: XmlFields, requestId: string): string =>
  `<${action}Response xmlns="${NAMESPACE}">${render({
    [`${action}Result`]: result,
    ResponseMetadata: { RequestId: requestId }
  })}</${action}Response>\n`

export const errorXml = (error: StsError, requestId: string): string =>
  `<ErrorResponse xmlns="${NAMESPACE}">${render({
    Error: { Type: error.type, Code: error.code, Message: error.message },
    RequestId: requestId
  })}</ErrorResponse>\n`

/** A response cut off mid-element, like a proxy truncating the body. */
export const malformedXml = (action: string): string =>
  `<${action}Response xmlns="${NAMESPACE}"><${action}Result><Arn>arn:aws:`
