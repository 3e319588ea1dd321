// The CLI's table layout, which `list` and `whoami` print.
import { describe, expect, it } from 'vitest'
import { table } from './output'

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
