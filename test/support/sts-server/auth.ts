// Turns a signed request into the calling identity: long-term user keys or temporary credentials issued here.
import type { Directory, Caller } from './principals'
import type { SessionStore } from './sessions'
import type { ReceivedRequest } from './sigv4'
import { userCaller } from './principals'
import { isLive } from './sessions'
import { parseAuthorization, verifySignature } from './sigv4'
import { StsError, invalidClientToken } from './errors'

export async function authenticate(request: ReceivedRequest, directory: Directory, sessions: SessionStore, now: number): Promise<Caller> {
  const auth = parseAuthorization(request.headers.authorization)
  const token = request.headers['x-amz-security-token']
  const user = directory.userByAccessKey(auth.accessKeyId)
  if (user) {
    // Long-term keys never come with a session token; AWS rejects the combination.
    if (token !== undefined) throw invalidClientToken()
    await verifySignature(request, auth, user.secretAccessKey)
    return userCaller(user, 'long-term', false)
  }
  const session = sessions.get(auth.accessKeyId)
  if (!session || token !== session.sessionToken) throw invalidClientToken()
  if (!isLive(session, now)) throw new StsError('ExpiredToken', 'The security token included in the request is expired')
  await verifySignature(request, auth, session.secretAccessKey)
  return session.identity
}
