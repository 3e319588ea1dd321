import { describe, expect, it } from 'vitest'
import { isTrustedSender } from './trusted-sender'
import { isAllowedExternalUrl } from './url-guard'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://signin.aws.amazon.com/federation?Action=login&SigninToken=x',
    'https://us-east-1.signin.aws.amazon.com/federation',
    'https://signin.amazonaws.cn/federation',
    'https://signin.amazonaws-us-gov.com/federation'
  ])('allows the AWS sign-in host %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true))

  it.each([
    'http://signin.aws.amazon.com/federation',
    'https://signin.aws.amazon.com.evil.com/federation',
    'https://evilsignin.aws.amazon.com/',
    'https://signin.aws.amazon.com:8443/',
    'https://user:pw@signin.aws.amazon.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url'
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false))

  it('allows the explicitly configured federation origin only', () => {
    expect(isAllowedExternalUrl('http://127.0.0.1:4566/federation?x', 'http://127.0.0.1:4566')).toBe(true)
    expect(isAllowedExternalUrl('http://127.0.0.1:4567/federation?x', 'http://127.0.0.1:4566')).toBe(false)
  })
})

describe('isTrustedSender', () => {
  const fileRenderer = 'file:///app/out/renderer/index.html'
  it('trusts only the main frame of our own page', () => {
    expect(isTrustedSender({ url: 'file:///app/out/renderer/index.html#/x', parent: null }, fileRenderer)).toBe(true)
    expect(isTrustedSender({ url: 'file:///app/out/renderer/index.html', parent: {} }, fileRenderer)).toBe(false)
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, fileRenderer)).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, fileRenderer)).toBe(false)
    expect(isTrustedSender(null, fileRenderer)).toBe(false)
  })
  it('compares origins for a dev server', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, 'http://localhost:5173')).toBe(false)
  })
})
