// Turns the settings form into an updateSettings request holding only the fields the user changed.
import type { RequestOf } from '../../../shared/contract'
import type { Settings } from '../../../shared/views'
import { parseForm, rejectField, requiredSecondsOf, textOf } from '../ui/form-values'
import type { Result } from '../../../shared/result'

type SettingsRequest = RequestOf<'settings:update'>

/** The text fields, whose errors show beside them; the checkboxes' errors (from main) show at the top. */
export const settingsFields = [
  'sourceProfile',
  'clipboardClearSeconds',
  'defaultRegion',
  'defaultDurationSeconds',
  'mfaSessionSeconds',
  'warnBeforeSeconds',
  'refreshLeadSeconds',
  'globalShortcut',
  'credentialsFileProfile'
] as const

const MAX_WARNINGS = 4
const MAX_WARN_MINUTES = 60

/** The warning times as the form shows them: minutes, most distant first, e.g. "10, 2". */
export function formatWarnMinutes(warnBeforeSeconds: readonly number[]): string {
  return warnBeforeSeconds.map((seconds) => seconds / 60).join(', ')
}

/**
 * "10, 2" or "2 10": whole minutes separated by commas or spaces, as seconds, most distant first.
 * Refuses bad input with rejectField, so it runs inside parseForm.
 */
export function parseWarnMinutes(text: string): number[] {
  const words = text.split(/[\s,]+/).filter((word) => word !== '')
  if (words.some((word) => !/^\d+$/.test(word))) {
    rejectField('warnBeforeSeconds', 'Enter whole minutes separated by commas, like 10, 2.')
  }
  const minutes = [...new Set(words.map(Number))].sort((a, b) => b - a)
  if (minutes.length === 0 || minutes.length > MAX_WARNINGS) {
    rejectField('warnBeforeSeconds', `Enter 1 to ${MAX_WARNINGS} warning times, like 10, 2.`)
  }
  if (minutes.some((minute) => minute < 1 || minute > MAX_WARN_MINUTES)) {
    rejectField('warnBeforeSeconds', `Each warning time is 1 to ${MAX_WARN_MINUTES} minutes.`)
  }
  return minutes.map((minute) => minute * 60)
}

export function readSettingsForm(data: FormData, current: Settings): Result<SettingsRequest> {
  return parseForm(() => {
    const warnText = textOf(data, 'warnBeforeSeconds')
    const next: Settings = {
      // Blank means "use the SDK default", which main stores as null.
      sourceProfile: textOf(data, 'sourceProfile') || null,
      clipboardClearSeconds: requiredSecondsOf(data, 'clipboardClearSeconds'),
      defaultRegion: textOf(data, 'defaultRegion') || null,
      defaultDurationSeconds: requiredSecondsOf(data, 'defaultDurationSeconds'),
      mfaSessionSeconds: requiredSecondsOf(data, 'mfaSessionSeconds'),
      // Left as shown, the stored times stand even if they are not whole minutes (a hand-edited settings file).
      warnBeforeSeconds:
        warnText === formatWarnMinutes(current.warnBeforeSeconds) ? current.warnBeforeSeconds : parseWarnMinutes(warnText),
      refreshLeadSeconds: requiredSecondsOf(data, 'refreshLeadSeconds'),
      // Empty turns the shortcut off.
      globalShortcut: textOf(data, 'globalShortcut'),
      // A checkbox is in the form data only when checked.
      startAtLogin: data.has('startAtLogin'),
      hideOnBlur: data.has('hideOnBlur'),
      consoleSignOutFirst: data.has('consoleSignOutFirst'),
      // Blank means "do not write the current session to the credentials file".
      credentialsFileProfile: textOf(data, 'credentialsFileProfile') || null,
      clearCredentialsFileOnQuit: data.has('clearCredentialsFileOnQuit')
    }
    return Object.fromEntries(
      Object.entries(next).filter(([key, value]) => !sameValue(current[key as keyof Settings], value))
    ) as SettingsRequest
  })
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index])
  return a === b
}
