// An account's alias and colour, which label its group and mark each of its roles; saved through main.
import { useId, useState } from 'react'
import type { AccountView } from '../../../shared/views'
import { accountUpdate } from './account-form'
import { Field } from '../ui/field'
import { FormDialog } from '../ui/form-dialog'
import { textOf } from '../ui/form-values'
import { accountColour } from './role-rows'
import { useAction } from '../ui/use-action'

interface Props {
  accountId: string
  account: AccountView | undefined
  onClose(): void
}

export function AccountDialog({ accountId, account, onClose }: Props) {
  const { run, pending, error } = useAction()
  // null: no colour of its own, so the one derived from the account ID is used.
  const [colour, setColour] = useState(account?.colour ?? null)
  const colourId = useId()

  function submit(data: FormData) {
    const request = accountUpdate(accountId, account, textOf(data, 'alias'), colour)
    if (request) void run(() => window.rolecall.updateAccount(request), onClose)
    else onClose()
  }

  return (
    <FormDialog
      title={`Account ${accountId}`}
      fields={['alias']}
      error={error}
      pending={pending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Field label="Alias" name="alias" defaultValue={account?.alias} placeholder="e.g. prod" maxLength={64} autoComplete="off" />
      <div className="field">
        <label htmlFor={colourId}>Colour</label>
        <div className="colour-field">
          <input
            id={colourId}
            type="color"
            value={colour ?? accountColour(accountId, {})}
            onChange={(event) => setColour(event.target.value)}
          />
          {/* Worded too, so whether a colour was chosen does not rest on seeing the swatch. */}
          <span className="colour-value">{colour ?? 'Automatic'}</span>
          <button type="button" onClick={() => setColour(null)}>
            Reset colour
          </button>
        </div>
      </div>
    </FormDialog>
  )
}
