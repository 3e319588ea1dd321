// The model's reading of a line, held against the real parsers: the SDK's loader and botocore.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { botocoreParse, sdkParse, type Parsed } from '../../../../test/support/ini-parsers'
import { hasControlCharacter } from '../../../shared/plain-text'
import { commentSafe } from './comment-safe'
import { botocoreHeaders, eolStyle, isPlainHeader, isQuiet, sdkHeader, splitLines } from './lines'

const PIECES = ['[', ']', 'prod', 'profile x', ' ', '\t', '#', ';', ' # c', ' ; c', '=', 'k = v', '\r', '\uFEFF', '\x1c', '\x85', '\u00a0', '\u2028', '\x0b', 'é', '"']
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }).map((parts) => parts.join(''))
const lines = fc.sample(line, { numRuns: 3000, seed: 20261203 })

/** Where the probe key landed: the section each parser put it in ("" when none did). */
const probeIn = (sections: Parsed): string => Object.keys(sections).find((name) => (sections[name] as Parsed | undefined)?.rolecall_probe === '1') ?? ''

describe('the INI model reads a line as the SDK and botocore do', () => {
  it('sees a header exactly where the SDK does, and every header botocore reads', async () => {
    const texts = lines.map((l) => `[rolecall_before]\n${l}\nrolecall_probe = 1\n`)
    const boto = botocoreParse(texts)
    let botocoreRead = 0
    for (const [i, l] of lines.entries()) {
      const sdk = probeIn(await sdkParse(texts[i]!, 'credentials'))
      expect(sdk !== 'rolecall_before', JSON.stringify(l)).toBe(sdkHeader(l) !== undefined)
      const result = boto[i]!
      if ('error' in result) continue
      botocoreRead += 1
      const section = result.defaults.rolecall_probe === '1' ? 'DEFAULT' : probeIn(result.sections)
      if (section !== 'rolecall_before') expect(botocoreHeaders(l), JSON.stringify(l)).toContain(section)
      else expect(botocoreHeaders(l), JSON.stringify(l)).toEqual([])
    }
    expect(botocoreRead).toBeGreaterThan(lines.length / 3)
  })

  it('calls a line quiet only when neither parser keeps anything of it, even among continuation lines', async () => {
    const quiet = lines.filter(isQuiet)
    expect(quiet.length).toBeGreaterThan(100)
    const around = (middle: string) => `[s]\ns3 =\n  a = 1\n${middle}  b = 2\nk = v\n`
    const boto = botocoreParse([around(''), ...quiet.map((l) => around(`${l}\n`))])
    for (const [i, l] of quiet.entries()) {
      expect(await sdkParse(around(`${l}\n`), 'credentials'), JSON.stringify(l)).toEqual(await sdkParse(around(''), 'credentials'))
      expect(boto[i + 1], JSON.stringify(l)).toEqual(boto[0])
    }
  })

  it('calls a header plain only when both parsers start that section after it, whatever came before', async () => {
    const headers = fc.tuple(fc.constantFrom('[', '[ '), line, fc.constantFrom(']', ' ]', ']]'), fc.constantFrom('', ' # c', ' ;x', '\t#', '#x', ' ')).map((parts) => parts.join(''))
    const plain = fc.sample(headers, { numRuns: 1000, seed: 5 }).filter(isPlainHeader)
    expect(plain.length).toBeGreaterThan(20)
    const texts = plain.map((l) => `[s]\ns3 =\n    a = 1\n${l}\nrolecall_probe = 1\n`)
    const boto = botocoreParse(texts)
    for (const [i, l] of plain.entries()) {
      expect(probeIn(await sdkParse(texts[i]!, 'credentials')), JSON.stringify(l)).not.toBe('s')
      const result = boto[i]!
      if (!('error' in result)) expect(probeIn(result.sections), JSON.stringify(l)).toBe(botocoreHeaders(l)[0])
    }
  })

  it('splits lines keeping each ending, and gives new lines the file’s own', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '\n', '\r\n', '\r', ' ', '['), { maxLength: 20 }), (parts) => {
        const text = parts.join('')
        const split = splitLines(text)
        expect(split.map((l) => l.text + l.eol).join('')).toBe(text)
        for (const l of split) expect(text.slice(l.start, l.end)).toBe(l.text + l.eol)
        expect(eolStyle(split)).toBe(split.find((l) => l.eol)?.eol === '\r\n' ? '\r\n' : '\n')
      }),
      { numRuns: 2000 }
    )
  })

  it('keeps any text inside a comment: nothing after it becomes a section or a key, in either parser', async () => {
    const hostile = fc.sample(fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r', '\u2028', '\u202e', '\x85', '\x7f', '[default]', 'k = v', '#'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 12 }), { numRuns: 500, seed: 3 })
    const texts = hostile.map((s) => `[a]\n# ${commentSafe(s)}\nk = v\n`)
    const boto = botocoreParse(texts)
    for (const [i, s] of hostile.entries()) {
      expect(hasControlCharacter(commentSafe(s))).toBe(false)
      expect(await sdkParse(texts[i]!, 'credentials'), JSON.stringify(s)).toEqual({ a: { k: 'v' } })
      expect(boto[i], JSON.stringify(s)).toEqual({ sections: { a: { k: 'v' } }, defaults: {} })
    }
    expect(commentSafe('Prod admin (EU) é 🙂')).toBe('Prod admin (EU) é 🙂')
  })
})
