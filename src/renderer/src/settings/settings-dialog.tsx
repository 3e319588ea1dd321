// The Settings form: sends only what changed to main and closes once main accepts it.
import type { Settings } from '../../../shared/views'
import { CheckField } from '../ui/check-field'
import { Field } from '../ui/field'
import { FormDialog } from '../ui/form-dialog'
import { ProcessProfiles } from './process-profiles'
import { formatWarnMinutes, readSettingsForm, settingsFields } from './settings-form'
import { useAction } from '../ui/use-action'

interface Props {
  settings: Settings
  onClose(): void
}

export function SettingsDialog({ settings, onClose }: Props) {
  const { run, pending, error, setError } = useAction()

  function submit(data: FormData) {
    const parsed = readSettingsForm(data, settings)
    if (!parsed.ok) setError(parsed.error)
    else if (Object.keys(parsed.value).length === 0) onClose()
    else void run(() => window.rolecall.updateSettings(parsed.value), onClose)
  }

  return (
    <FormDialog
      title="Settings"
      fields={settingsFields}
      error={error}
      pending={pending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Field
        label="Source profile"
        name="sourceProfile"
        defaultValue={settings.sourceProfile}
        placeholder="Default (AWS_PROFILE or default)"
        autoComplete="off"
        spellCheck={false}
      />
      <Field
        label="Clipboard clear delay (seconds)"
        name="clipboardClearSeconds"
        defaultValue={settings.clipboardClearSeconds}
        inputMode="numeric"
        autoComplete="off"
      />
      <Field
        label="Default region"
        name="defaultRegion"
        defaultValue={settings.defaultRegion}
        placeholder="From your AWS config"
        autoComplete="off"
        spellCheck={false}
      />
      <Field
        label="Default duration (seconds)"
        name="defaultDurationSeconds"
        defaultValue={settings.defaultDurationSeconds}
        inputMode="numeric"
        autoComplete="off"
      />
      <Field
        label="MFA session length (seconds)"
        name="mfaSessionSeconds"
        defaultValue={settings.mfaSessionSeconds}
        inputMode="numeric"
        autoComplete="off"
      />
      <Field
        label="Warn before expiry (minutes)"
        name="warnBeforeSeconds"
        defaultValue={formatWarnMinutes(settings.warnBeforeSeconds)}
        hint="Up to 4 times, e.g. 10, 2"
        autoComplete="off"
        spellCheck={false}
      />
      <Field
        label="Refresh lead (seconds)"
        name="refreshLeadSeconds"
        defaultValue={settings.refreshLeadSeconds}
        hint="How early auto-refresh assumes the role again"
        inputMode="numeric"
        autoComplete="off"
      />
      <Field
        label="Global shortcut"
        name="globalShortcut"
        defaultValue={settings.globalShortcut}
        hint="e.g. CommandOrControl+Shift+R; empty turns it off"
        autoComplete="off"
        spellCheck={false}
      />
      <CheckField label="Start at login" name="startAtLogin" defaultChecked={settings.startAtLogin} />
      <CheckField label="Hide when the window loses focus" name="hideOnBlur" defaultChecked={settings.hideOnBlur} />
      <CheckField
        label="Sign out of the current console first"
        name="consoleSignOutFirst"
        defaultChecked={settings.consoleSignOutFirst}
      />
      <Field
        label="Credentials file profile for the current session"
        name="credentialsFileProfile"
        defaultValue={settings.credentialsFileProfile}
        hint="e.g. rolecall; empty writes nothing. Rolecall never overwrites a profile it did not write."
        autoComplete="off"
        spellCheck={false}
      />
      <CheckField
        label="Remove written profiles when Rolecall quits"
        name="clearCredentialsFileOnQuit"
        defaultChecked={settings.clearCredentialsFileOnQuit}
      />
      <ProcessProfiles />
    </FormDialog>
  )
}
