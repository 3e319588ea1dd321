// The whole-file pre-check may skip the checks only when they would find nothing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkLines, NEEDS_CHECKS } from './aws-files'
import { handToSdk, releaseToSdk } from './refused-sections'

const PIECES = ['[', ']', 'profile', 'profiles', ' ', '  ', '\t', '=', '#', ';', 'a', 'b-1', '"', "'", 'é', '🙂', '\r', '\u2028', ' = x', '@', '/', ':', '.']
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''))
const blanks = fc.constantFrom('', ' ', '  ', '\t', '\r')
const quote = fc.constantFrom('', '"', "'")
// Section headers near the edge of what the SDK reads: blanks, quotes, odd characters, trailing text.
const header = fc
  .tuple(blanks, blanks, fc.constantFrom('profile', 'profiles', 'sso-session', '__proto__', 'profile __proto__'), blanks, quote, line, quote, fc.constantFrom(']', ']]', '] x', '] # c', ''), blanks)
  .map(([lead, inner, kind, gap, open, name, close, end, trail]) => `${lead}[${inner}${kind}${gap === '' ? ' ' : gap}${open}${name}${close}${end}${trail}`)
const file = fc.array(fc.oneof(line, header, fc.constantFrom('[profile ok]', 'role_arn = x', '[default]', '[__proto__]', '[profile __proto__]', ' [profile __proto__] ;c')), { maxLength: 12 })

function findings(text: string, isConfig: boolean): number {
  const lineProblems = new Map<string, string[]>()
  const fileProblems: string[] = []
  checkLines('f', text, isConfig, lineProblems, fileProblems)
  const refused = handToSdk('/nonexistent/f', text, true).length
  releaseToSdk('/nonexistent/f')
  return lineProblems.size + fileProblems.length + refused
}

describe('NEEDS_CHECKS', () => {
  it('matches every file in which the checks find something', () => {
    fc.assert(
      fc.property(file, fc.boolean(), (lines, isConfig) => {
        const text = lines.join('\n')
        if (!NEEDS_CHECKS.test(text)) expect(findings(text, isConfig)).toBe(0)
      }),
      { numRuns: 20_000, seed: 20261128 }
    )
  })

  it('lets an ordinary file through without the line checks', () => {
    const text = '[default]\nregion = us-east-1\n\n[profile a-b.c@d]\nrole_arn = x\n  # note\n[profile "quoted"]\ns3 =\n  max = 1\n'
    expect(NEEDS_CHECKS.test(text)).toBe(false)
  })

  it('sends a header the SDK cannot read to the line checks', () => {
    for (const header of ['[profile  two-blanks]', '[ profile x]', '[profile é]', '[profile "mismatched\']', '[profile x]]']) {
      expect(NEEDS_CHECKS.test(`[default]\n${header}\n`), header).toBe(true)
      expect(findings(`[default]\n${header}\n`, true), header).toBeGreaterThan(0)
    }
  })
})
