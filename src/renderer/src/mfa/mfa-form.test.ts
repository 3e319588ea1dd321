// Unit tests for reading the MFA code: spaces dropped, anything but six digits refused before main is asked.
import { describe, expect, it } from 'vitest'
import { readMfaCode, withoutSpaces } from './mfa-form'

function form(code: string): FormData {
  const data = new FormData()
  data.set('mfaCode', code)
  return data
}

describe('readMfaCode', () => {
  it.each(['123456', ' 123 456 ', '123\t456'])('accepts %j as 123456', (code) => {
    expect(readMfaCode(form(code))).toEqual({ ok: true, value: '123456' })
  })

  it.each(['', '12345', '1234567', '12345a', '１２３４５６'])('refuses %j against the mfaCode field', (code) => {
    expect(readMfaCode(form(code))).toMatchObject({
      ok: false,
      error: { field: 'mfaCode', detail: 'An MFA code is 6 digits.' }
    })
  })
})

describe('withoutSpaces', () => {
  it('drops every kind of whitespace, as pasted codes carry', () => {
    expect(withoutSpaces(' 123 456\n')).toBe('123456')
  })
})
