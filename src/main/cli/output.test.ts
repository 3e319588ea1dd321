// The CLI's table layout, which `list` and `whoami` print.
import { describe, expect, it } from 'vitest'
import { table, visible } from './output'

describe('table', () => {
  it('pads every column but the last to its widest cell, two spaces apart', () => {
    expect(table([['NAME', 'REGION', 'NOTES'], ['a-long-name', 'eu-west-1', 'mfa'], ['b', 'us-east-1', 'mfa, chained']])).toBe(
      ['NAME         REGION     NOTES', 'a-long-name  eu-west-1  mfa', 'b            us-east-1  mfa, chained'].join('\n')
    )
  })

  it('ends no line in spaces when its last cells are empty', () => {
    expect(table([['NAME', 'REGION', 'NOTES'], ['a', '', ''], ['b', 'us-east-1', '']])).toBe(['NAME  REGION     NOTES', 'a', 'b     us-east-1'].join('\n'))
  })

  it('lays out rows of any length, and nothing as nothing', () => {
    expect(table([['key:', 'value'], ['longer key:', 'v'], ['alone']])).toBe(['key:         value', 'longer key:  v', 'alone'].join('\n'))
    expect(table([])).toBe('')
    expect(table([[]])).toBe('')
  })
})

describe('visible', () => {
  it.each([
    ['an OSC title sequence with BEL', 'a\x1b]0;pwned\x07b', 'a\\u001b]0;pwned\\u0007b'],
    ['a clear-screen CSI', '\x1b[2Jx', '\\u001b[2Jx'],
    ['a C1 CSI and NEL', 'a\u009b2J\u0085', 'a\\u009b2J\\u0085'],
    ['DEL, backspace, CR, LF and TAB', 'a\x7f\b\r\n\tb', 'a\\u007f\\u0008\\u000d\\u000a\\u0009b'],
    ['bidi overrides and isolates', 'admin\u202eimda\u2066x\u2069', 'admin\\u202eimda\\u2066x\\u2069'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a\\u2028b\\u2029']
  ])('shows %s as escapes', (_, text, shown) => {
    expect(visible(text)).toBe(shown)
  })

  it('leaves printable text alone, unicode included', () => {
    expect(visible('Zoë’s role — 東京 (eu-west-1) "x" \\n')).toBe('Zoë’s role — 東京 (eu-west-1) "x" \\n')
  })

  it('is applied to every table cell before the columns are measured', () => {
    expect(table([['\x1b[31mred', 'x'], ['ok', 'y']])).toBe(['\\u001b[31mred  x', 'ok             y'].join('\n'))
  })
})
