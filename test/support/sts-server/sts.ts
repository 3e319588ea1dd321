// The STS query-protocol endpoint: authenticates the signed request, runs the action, and answers in AWS XML.
import type { Directory } from './principals'
import type { SessionStore } from './sessions'
import type { MfaVerifier } from './mfa'
import type { ReceivedRequest } from './sigv4'
import type { Reply, Surface } from './reply'
import { authenticate } from './auth'
import { runAction } from './actions'
import { StsError } from './errors'
import { malformedXml, resultXml } from './xml'
import { stsErrorReply, xmlReply } from './reply'

export const stsSurface = (action: string, requestId: string): Surface => ({
  error: (error) => stsErrorReply(error, requestId),
  malformed: () => xmlReply(200, malformedXml(action), requestId)
})

export interface StsRequest {
  received: ReceivedRequest
  action: string
  /** Everything but Action and Version. */
  params: Record<string, string>
  requestId: string
  now: number
}

export class StsEndpoint {
  constructor(
    private readonly directory: Directory,
    private readonly sessions: SessionStore,
    private readonly mfa: MfaVerifier
  ) {}

  async handle({ received, action, params, requestId, now }: StsRequest): Promise<Reply> {
    let principalArn: string | undefined
    try {
      const caller = await authenticate(received, this.directory, this.sessions, now)
      principalArn = caller.arn
      const result = runAction(action, params, caller, { directory: this.directory, sessions: this.sessions, mfa: this.mfa, now })
      return { ...xmlReply(200, resultXml(action, result, requestId), requestId), principalArn }
    } catch (err) {
      // Bugs in the server surface as InternalFailure with the real message, so a failing test shows the cause.
      const error = err instanceof StsError ? err : new StsError('InternalFailure', String(err))
      return { ...stsErrorReply(error, requestId), principalArn }
    }
  }
}
