// A modal built on the native <dialog>: the browser supplies the inert background, focus trap and focus return.
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'

interface Props {
  title: string
  onClose(): void
  children: ReactNode
}

export function Modal({ title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  // A layout effect so the dialog is modal and focused before the first paint.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    dialog.showModal()
    dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus()
    // Closing natively when unmounted (not just removing the node) returns focus to the control that opened it.
    return () => dialog.close()
  }, [])

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React state close the dialog so it unmounts, rather than leaving a closed <dialog> behind.
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  )
}
