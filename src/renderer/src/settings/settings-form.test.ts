// Unit tests for reading the settings form: only changed fields are sent, blanks become null, and the warning
// times are read from whole minutes.
import { describe, expect, it } from 'vitest'
import type { Settings } from '../../../shared/views'
import { formatWarnMinutes, parseWarnMinutes, readSettingsForm } from './settings-form'

const current: Settings = {
  sourceProfile: 'work',
  clipboardClearSeconds: 30,
  defaultRegion: 'eu-west-1',
  defaultDurationSeconds: 3600,
  mfaSessionSeconds: 43200,
  warnBeforeSeconds: [600, 120],
  refreshLeadSeconds: 300,
  globalShortcut: 'CommandOrControl+Shift+R',
  startAtLogin: false,
  hideOnBlur: true,
  consoleSignOutFirst: false,
  credentialsFileProfile: null,
  clearCredentialsFileOnQuit: true
}

type CheckboxField = 'startAtLogin' | 'hideOnBlur' | 'consoleSignOutFirst' | 'clearCredentialsFileOnQuit'
type TextField = Exclude<keyof Settings, CheckboxField>

/** The form as submitted: the current values unless overridden; checkboxes are sent only when checked. */
function form(fields: Partial<Record<TextField, string>>, checked: Partial<Record<CheckboxField, boolean>> = {}) {
  const values = {
    sourceProfile: 'work',
    clipboardClearSeconds: '30',
    defaultRegion: 'eu-west-1',
    defaultDurationSeconds: '3600',
    mfaSessionSeconds: '43200',
    warnBeforeSeconds: '10, 2',
    refreshLeadSeconds: '300',
    globalShortcut: 'CommandOrControl+Shift+R',
    credentialsFileProfile: '',
    ...fields
  }
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.set(name, value)
  for (const [name, on] of Object.entries({ startAtLogin: false, hideOnBlur: true, clearCredentialsFileOnQuit: true, ...checked })) {
    if (on) data.set(name, 'on')
  }
  return data
}

describe('readSettingsForm', () => {
  it('sends nothing when nothing changed', () => {
    expect(readSettingsForm(form({}), current)).toEqual({ ok: true, value: {} })
  })

  it('sends only the changed fields, with blanks as null and numbers parsed', () => {
    const changed = form({ sourceProfile: ' ', defaultRegion: '', clipboardClearSeconds: '45', mfaSessionSeconds: '3600' })
    expect(readSettingsForm(changed, current)).toEqual({
      ok: true,
      value: { sourceProfile: null, defaultRegion: null, clipboardClearSeconds: 45, mfaSessionSeconds: 3600 }
    })
  })

  it('sends the new fields when changed: warning times, refresh lead, shortcut and both checkboxes', () => {
    const changed = form(
      { warnBeforeSeconds: '1 15 5', refreshLeadSeconds: '600', globalShortcut: ' Alt+Space ' },
      { startAtLogin: true, hideOnBlur: false }
    )
    expect(readSettingsForm(changed, current)).toEqual({
      ok: true,
      value: {
        warnBeforeSeconds: [900, 300, 60],
        refreshLeadSeconds: 600,
        globalShortcut: 'Alt+Space',
        startAtLogin: true,
        hideOnBlur: false
      }
    })
  })

  it('sends an empty shortcut, which turns it off', () => {
    expect(readSettingsForm(form({ globalShortcut: '  ' }), current)).toEqual({ ok: true, value: { globalShortcut: '' } })
  })

  it('does not send warning times that were rewritten but mean the same', () => {
    expect(readSettingsForm(form({ warnBeforeSeconds: '2 10' }), current)).toEqual({ ok: true, value: {} })
  })

  it('keeps stored warning times that are not whole minutes while their text is left as shown', () => {
    const odd = { ...current, warnBeforeSeconds: [90] }
    expect(readSettingsForm(form({ warnBeforeSeconds: formatWarnMinutes([90]) }), odd)).toEqual({ ok: true, value: {} })
  })

  it.each(['defaultDurationSeconds', 'mfaSessionSeconds', 'refreshLeadSeconds'] as const)('requires the numeric field %s', (field) => {
    expect(readSettingsForm(form({ [field]: '' }), current)).toMatchObject({ ok: false, error: { field } })
  })

  it('reports bad warning times against their field', () => {
    expect(readSettingsForm(form({ warnBeforeSeconds: '10, 0' }), current)).toMatchObject({
      ok: false,
      error: { field: 'warnBeforeSeconds', detail: 'Each warning time is 1 to 60 minutes.' }
    })
  })
})

describe('parseWarnMinutes', () => {
  it.each([
    ['10, 2', [600, 120]],
    ['2 10', [600, 120]],
    [' 2,10 ', [600, 120]],
    ['5,,\t1', [300, 60]],
    ['60', [3600]],
    ['1, 2, 3, 4', [240, 180, 120, 60]],
    ['5, 5, 1', [300, 60]]
  ])('reads %j as %j seconds, most distant first and without repeats', (text, seconds) => {
    expect(parseWarnMinutes(text)).toEqual(seconds)
  })

  it.each([
    ['', 'Enter 1 to 4 warning times, like 10, 2.'],
    [' , ', 'Enter 1 to 4 warning times, like 10, 2.'],
    ['1, 2, 3, 4, 5', 'Enter 1 to 4 warning times, like 10, 2.'],
    ['0', 'Each warning time is 1 to 60 minutes.'],
    ['61, 2', 'Each warning time is 1 to 60 minutes.'],
    ['1.5', 'Enter whole minutes separated by commas, like 10, 2.'],
    ['10m', 'Enter whole minutes separated by commas, like 10, 2.'],
    ['-5', 'Enter whole minutes separated by commas, like 10, 2.']
  ])('refuses %j', (text, detail) => {
    expect(() => parseWarnMinutes(text)).toThrow(detail)
  })
})

describe('formatWarnMinutes', () => {
  it('shows the stored seconds as minutes in their stored order', () => {
    expect(formatWarnMinutes([600, 120])).toBe('10, 2')
    expect(formatWarnMinutes([90])).toBe('1.5')
  })
})
