// Decides which URLs Rolecall may hand to the operating system: AWS sign-in hosts only, plus a
// federation endpoint the user configured explicitly (which is also how tests point it at loopback),
// read by signinOverride (console/signin-endpoint.ts).

const SIGNIN_HOSTS = ['signin.aws.amazon.com', 'signin.amazonaws.cn', 'signin.amazonaws-us-gov.com']

export function isAllowedExternalUrl(raw: string, configuredOrigin?: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  // Only an http(s) origin can match: every URL of another scheme has the origin "null".
  if (configuredOrigin && /^https?:$/.test(url.protocol) && url.origin === configuredOrigin) return true
  if (url.protocol !== 'https:' || url.port !== '') return false
  return SIGNIN_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`))
}
