// The allow-list of URLs Rolecall may hand to the operating system: AWS sign-in hosts, or the one configured endpoint.
import { describe, expect, it } from 'vitest'
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
