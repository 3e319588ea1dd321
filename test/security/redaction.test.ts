// Secrets stay out of error views, including the AWS SDK's own errors: the real STS client (through
// StsGateway) and the real console federation call talk to a loopback endpoint that puts the caller's
// secrets in its answers, raw, URL-encoded and cut short, and what would reach the window is checked.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { describeError } from '../../src/main/core/sts/aws-errors'
import { dispatch } from '../../src/main/core/ipc/ipc-router'
import { StsGateway } from '../../src/main/core/sts/sts-gateway'
import { ROLES, startWorld, type World } from '../support/world'

// Shaped like real ones: a secret key with '/' and '+', and a session token with runs of '/'.
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
const TOKEN = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${'x7Kp+Qz/'.repeat(40)}Zm9vYmFy==`
const SOURCE = { accessKeyId: 'ASIAEXAMPLEEXAMPLE01', secretAccessKey: SECRET, sessionToken: TOKEN }

/** Any 12-character piece of a secret in `text`: less than that is not worth guessing from. */
function piecesOf(secrets: readonly string[], text: string): string[] {
  return secrets.flatMap((secret) =>
    Array.from({ length: secret.length - 11 }, (_, i) => secret.slice(i, i + 12)).filter((piece) => text.includes(piece))
  )
}

let server: Server | undefined
let world: World | undefined
afterEach(async () => {
  server?.close()
  server = undefined
  await world?.close()
  world = undefined
})

/** A loopback endpoint that answers every request with what `answer` makes of its URL. */
async function endpoint(answer: (url: string) => { status: number; body: string; type?: string }): Promise<string> {
  server = createServer((req, res) => {
    const { status, body, type = 'text/xml' } = answer(req.url ?? '/')
    res.writeHead(status, { 'content-type': type }).end(body)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const stsError = (code: string, message: string) =>
  `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`

/** The SDK's own error for a GetCallerIdentity that got this answer. */
async function sdkError(answer: { status: number; body: string; type?: string }): Promise<unknown> {
  const url = await endpoint(() => answer)
  const gateway = new StsGateway({ maxAttempts: 1 })
  return gateway.callerIdentity(SOURCE, { region: 'us-east-1', endpoint: url }).then(
    () => expect.fail('the call should have failed'),
    (error: unknown) => error
  )
}

describe("the AWS SDK's errors, described for the window", () => {
  const encoded = encodeURIComponent(JSON.stringify({ sessionId: SOURCE.accessKeyId, sessionKey: SECRET, sessionToken: TOKEN }))
  it.each([
    ['an error message that quotes the token and key', { status: 403, body: stsError('InvalidClientTokenId', `token ${TOKEN} for key ${SECRET}`) }],
    ['an error message that quotes them URL-encoded', { status: 403, body: stsError('AccessDenied', `Session=${encoded}`) }],
    ['an unreadable answer that contains them', { status: 200, body: `<GetCallerIdentityResponse><Arn ${SECRET} ${TOKEN}` }],
    ['a proxy error page that contains them', { status: 502, body: `upstream rejected key=${SECRET}&token=${TOKEN}`, type: 'text/plain' }]
  ])('%s: no piece of either reaches the view', async (_label, answer) => {
    const error = await sdkError(answer)
    // The SDK keeps the raw answer on the error; the view must be built without it.
    expect(JSON.stringify(error) + String((error as Error).message) + JSON.stringify((error as { $response?: unknown }).$response)).toMatch(
      /wJalrXUtnFEMI|IQoJb3JpZ2luX2VjEJr/
    )
    for (const known of [[], [SECRET, TOKEN]]) {
      const view = JSON.stringify(describeError(error, known))
      expect(piecesOf([SECRET, TOKEN], view)).toEqual([])
    }
  })

  it('keeps what is not secret: the code, the access key ID and ARNs', async () => {
    const arn = 'arn:aws:sts::123456789012:assumed-role/Admin/alice'
    const view = describeError(await sdkError({ status: 403, body: stsError('AccessDenied', `${arn} with ${SOURCE.accessKeyId} may not; key ${SECRET}`) }))
    expect(view.code).toBe('AccessDenied')
    expect(view.detail).toContain(arn)
    expect(view.detail).toContain(SOURCE.accessKeyId)
    expect(view.detail).not.toContain(SECRET)
  })
})

describe('a console sign-in refused by an endpoint that echoes the request', () => {
  it("keeps every piece of the session's key and token out of the error the window gets", async () => {
    world = await startWorld()
    const id = ((await dispatch(world.core.handlers, 'roles:save', { displayName: 'Admin', roleArn: ROLES.admin })) as { value: { id: string } }).value.id
    await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    const session = await world.core.credentialsFor(id)
    if (!session.ok) return expect.fail(session.error.detail)
    const { credentials } = session.value
    // The request carries the session (key and token) URL-encoded; the core quotes the answer, cut short.
    const echoed: string[] = []
    process.env.AWS_ENDPOINT_URL_SIGNIN = await endpoint((url) => {
      echoed.push(url)
      return { status: 400, body: `bad request ${url}`, type: 'text/plain' }
    })
    const result = (await dispatch(world.core.handlers, 'sessions:open-console', { roleId: id })) as { ok: boolean; error: unknown }
    expect(result.ok).toBe(false)
    expect(echoed.join('')).toContain(encodeURIComponent(credentials.secretAccessKey))
    expect(piecesOf([credentials.secretAccessKey, credentials.sessionToken], JSON.stringify(result))).toEqual([])
  })
})
