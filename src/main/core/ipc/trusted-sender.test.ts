// The sender check every IPC request passes: our own window's main frame, at our page.
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from './trusted-sender'

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
