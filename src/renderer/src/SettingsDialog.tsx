// The Settings form: sends only what changed to main and closes once main accepts it.
import type { Settings } from '../../shared/views'
import { Field } from './Field'
import { FormDialog } from './FormDialog'
import { readSettingsForm, settingsFields } from './settingsForm'
import { useAction } from './useAction'

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
    </FormDialog>
  )
}
