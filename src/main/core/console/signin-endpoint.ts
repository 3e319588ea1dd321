// AWS_ENDPOINT_URL_SIGNIN, read one way for the core, the app's opener and the CLI: only an http(s)
// URL is taken as the federation endpoint. Anything else (javascript:, file:, data:) has the origin
// "null", which would let every other URL with that origin through the allow-list; it is ignored and the
// user is told why.

export interface SigninOverride {
  /** The endpoint's origin, e.g. "http://127.0.0.1:4566", when one is set and usable. */
  origin?: string
  /** Why a value that is set was ignored. */
  problem?: string
}

export function signinOverride(env: NodeJS.ProcessEnv): SigninOverride {
  const raw = env.AWS_ENDPOINT_URL_SIGNIN
  if (!raw) return {}
  let url: URL | undefined
  try {
    url = new URL(raw)
  } catch {
    url = undefined
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password) return { origin: url.origin }
  return {
    problem:
      'AWS_ENDPOINT_URL_SIGNIN is ignored: it is not an http(s) address (without a user name or password), ' +
      "so the console opens through AWS's own sign-in endpoints."
  }
}
