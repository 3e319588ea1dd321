// Asks for the MFA code a role needs and assumes the role with it; a refused code keeps the dialog open for another.
import { useState, type ClipboardEvent } from 'react'
import type { ErrorView, RoleView } from '../../../shared/views'
import { DialogActions } from '../ui/dialog-actions'
import { ErrorAlert } from '../ui/error-alert'
import { Field } from '../ui/field'
import { FieldErrorContext } from '../ui/field-error-context'
import { readMfaCode, withoutSpaces } from './mfa-form'
import { Modal } from '../ui/modal'
import { useAction } from '../ui/use-action'

export function MfaDialog({ role, onClose }: { role: RoleView; onClose(): void }) {
  const { run, pending, error, setError } = useAction()
  const [invalid, setInvalid] = useState<ErrorView | null>(null)
  // Bumped after each refused attempt: remounting the field empties it and puts the cursor back in it.
  const [attempt, setAttempt] = useState(0)

  function submit(data: FormData) {
    const parsed = readMfaCode(data)
    if (!parsed.ok) {
      setError(null)
      setInvalid(parsed.error)
      return
    }
    setInvalid(null)
    void run(async () => {
      const result = await window.rolecall.assumeRole({ roleId: role.id, mfaCode: parsed.value })
      // Sent codes are spent, refused or not, so the next try always needs a fresh one.
      if (!result.ok) setAttempt((count) => count + 1)
      return result
    }, onClose)
  }

  return (
    <Modal title={`MFA code for ${role.displayName}`} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit(new FormData(event.currentTarget))
        }}
      >
        {/* Main's answer, shown whole (title, code and detail) wherever the field it names is. */}
        {error && <ErrorAlert error={error} />}
        <p>
          {role.mfaSerial ? (
            <>
              Device: <code>{role.mfaSerial}</code>
            </>
          ) : (
            'Enter the code from the MFA device of your source identity.'
          )}
        </p>
        <FieldErrorContext value={invalid}>
          <Field
            key={attempt}
            label="MFA code"
            name="mfaCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            spellCheck={false}
            autoFocus
            onPaste={pasteWithoutSpaces}
          />
        </FieldErrorContext>
        <p className="dialog-note">
          One code covers later switches until the MFA session expires. Console sign-in from an MFA session lasts at
          most 1 hour.
        </p>
        <DialogActions confirmLabel="Submit" pending={pending} onCancel={onClose} />
      </form>
    </Modal>
  )
}

// Handled by hand because maxLength would cut a pasted "123 456" to "123 45" before the space could be dropped.
function pasteWithoutSpaces(event: ClipboardEvent<HTMLInputElement>) {
  event.preventDefault()
  const input = event.currentTarget
  const end = input.value.length
  input.setRangeText(withoutSpaces(event.clipboardData.getData('text')), input.selectionStart ?? end, input.selectionEnd ?? end, 'end')
}
