// The frame shared by the role and settings forms: fields, an error that fits no field at the top, Save and Cancel.
import type { ReactNode } from 'react'
import type { ErrorView } from '../../../shared/views'
import { DialogActions } from './dialog-actions'
import { ErrorAlert } from './error-alert'
import { FieldErrorContext } from './field-error-context'
import { Modal } from './modal'

interface Props {
  title: string
  /** The names of the fields this form shows; an error about any other field is shown at the top. */
  fields: readonly string[]
  error: ErrorView | null
  pending: boolean
  onSubmit(data: FormData): void
  onCancel(): void
  children: ReactNode
}

export function FormDialog({ title, fields, error, pending, onSubmit, onCancel, children }: Props) {
  const belongsToField = error?.field !== undefined && fields.includes(error.field)
  return (
    <Modal title={title} onClose={onCancel}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit(new FormData(event.currentTarget))
        }}
      >
        {error && !belongsToField && <ErrorAlert error={error} />}
        <FieldErrorContext value={error}>{children}</FieldErrorContext>
        <DialogActions confirmLabel="Save" pending={pending} onCancel={onCancel} />
      </form>
    </Modal>
  )
}
