// Turns the settings form into an updateSettings request holding only the fields the user changed.
import type { RequestOf } from '../../shared/contract'
import type { Settings } from '../../shared/views'
import { parseForm, requiredSecondsOf, textOf, type Parsed } from './formValues'

type SettingsRequest = RequestOf<'settings:update'>

export const settingsFields = [
  'sourceProfile',
  'clipboardClearSeconds',
  'defaultRegion',
  'defaultDurationSeconds',
  'mfaSessionSeconds'
] as const

export function readSettingsForm(data: FormData, current: Settings): Parsed<SettingsRequest> {
  return parseForm(() => {
    const next: Settings = {
      // Blank means "use the SDK default", which main stores as null.
      sourceProfile: textOf(data, 'sourceProfile') || null,
      clipboardClearSeconds: requiredSecondsOf(data, 'clipboardClearSeconds'),
      defaultRegion: textOf(data, 'defaultRegion') || null,
      defaultDurationSeconds: requiredSecondsOf(data, 'defaultDurationSeconds'),
      mfaSessionSeconds: requiredSecondsOf(data, 'mfaSessionSeconds')
    }
    return Object.fromEntries(
      Object.entries(next).filter(([key, value]) => current[key as keyof Settings] !== value)
    ) as SettingsRequest
  })
}
