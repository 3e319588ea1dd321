// AWS_ENDPOINT_URL_SIGNIN: only an http(s) endpoint is taken; anything else would have widened the
// opener's allow-list to every URL whose origin is "null" (javascript:, file:, data:…), and is ignored
// with a notice in the app.
import { describe, expect, it } from 'vitest'
import { memoryClipboard, recordingOpener } from '../../../../test/support/edge-fakes'
import { RolecallCore } from '../rolecall-core'
import { isAllowedExternalUrl } from './url-guard'
import { signinOverride } from './signin-endpoint'

const HOSTILE = ['javascript:alert(1)', 'file:///', 'data:text/html,<script>alert(1)</script>', 'ftp://signin.example/', 'not a url', 'http://user:pw@127.0.0.1:4566']

describe('signinOverride', () => {
  it.each(['http://127.0.0.1:4566', 'https://signin.example.test/federation'])('takes the origin of %s', (raw) => {
    expect(signinOverride({ AWS_ENDPOINT_URL_SIGNIN: raw })).toEqual({ origin: new URL(raw).origin })
  })

  it.each(HOSTILE)('ignores %s and says why', (raw) => {
    expect(signinOverride({ AWS_ENDPOINT_URL_SIGNIN: raw })).toEqual({ problem: expect.stringMatching(/AWS_ENDPOINT_URL_SIGNIN is ignored/) })
  })

  it('is nothing when unset or empty', () => {
    expect(signinOverride({})).toEqual({})
    expect(signinOverride({ AWS_ENDPOINT_URL_SIGNIN: '' })).toEqual({})
  })
})

describe('the allow-list with a configured origin', () => {
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'blob:null/1'])('never lets %s through as the origin "null"', (url) => {
    expect(isAllowedExternalUrl(url, 'null')).toBe(false)
    expect(isAllowedExternalUrl(url, new URL('javascript:alert(1)').origin)).toBe(false)
  })
})

describe('the app with a non-http AWS_ENDPOINT_URL_SIGNIN', () => {
  it.each(HOSTILE)('shows a notice for %s', async (raw) => {
    const values = new Map<string, unknown>()
    const core = new RolecallCore({
      store: { path: 'memory', get: (key) => values.get(key), set: (key, value) => void values.set(key, value) },
      clipboard: memoryClipboard(),
      opener: recordingOpener(),
      env: { AWS_ENDPOINT_URL_SIGNIN: raw, AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials' }
    })
    expect(core.state().notices).toContainEqual({ id: 'signin-endpoint', level: 'warning', message: expect.stringMatching(/AWS_ENDPOINT_URL_SIGNIN is ignored/) })
    await core.dispose()
  })
})
