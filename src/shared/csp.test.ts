import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './csp'

describe('contentSecurityPolicy', () => {
  it('allows no inline or eval script, and nothing by default, in production', () => {
    const policy = contentSecurityPolicy()
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/unsafe-(inline|eval)/)
  })

  // No host, scheme wildcard or http(s) source: the page can reach nothing but its own files. Development
  // adds only what Vite's hot reload needs (inline styles and scripts, its websocket).
  it.each([
    ['production', ["'self'", "'none'", 'data:']],
    ['development', ["'self'", "'none'", 'data:', "'unsafe-inline'", 'ws:']]
  ] as const)('names no remote origin in %s', (mode, allowed) => {
    const sources = contentSecurityPolicy(mode)
      .split(';')
      .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    expect(sources.filter((source) => !(allowed as readonly string[]).includes(source))).toEqual([])
  })

  // npm test builds before the unit tests, so the shipped page is checked, not just the function.
  it.skipIf(!existsSync('out/renderer/index.html'))('is the first thing in the built page', () => {
    const html = readFileSync('out/renderer/index.html', 'utf8').replaceAll('&#39;', "'")
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })
})
