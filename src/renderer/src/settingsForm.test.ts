// Unit tests for reading the settings form: only changed fields are sent, blanks become null.
import { describe, expect, it } from 'vitest'
import type { Settings } from '../../shared/views'
import { readSettingsForm } from './settingsForm'

const current: Settings = {
  sourceProfile: 'work',
  clipboardClearSeconds: 30,
  defaultRegion: 'eu-west-1',
  defaultDurationSeconds: 3600,
  mfaSessionSeconds: 43200
}

function form(fields: Partial<Record<keyof Settings, string>>): FormData {
  const values = {
    sourceProfile: 'work',
    clipboardClearSeconds: '30',
    defaultRegion: 'eu-west-1',
    defaultDurationSeconds: '3600',
    mfaSessionSeconds: '43200',
    ...fields
  }
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.set(name, value)
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

  it.each(['defaultDurationSeconds', 'mfaSessionSeconds'] as const)('requires the numeric field %s', (field) => {
    expect(readSettingsForm(form({ [field]: '' }), current)).toMatchObject({ ok: false, error: { field } })
  })
})
