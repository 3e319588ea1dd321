// The Cancel + confirm button row at the foot of every dialog; confirm submits the form unless given onConfirm.
interface Props {
  confirmLabel: string
  pending: boolean
  danger?: boolean
  onCancel(): void
  onConfirm?: () => void
}

export function DialogActions({ confirmLabel, pending, danger = false, onCancel, onConfirm }: Props) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={danger ? 'danger' : 'primary'}
        aria-disabled={pending}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </div>
  )
}
