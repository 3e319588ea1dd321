// A labelled text input; its error is tied to it with aria-invalid and aria-describedby, and focused when it appears.
import { use, useEffect, useId, useRef, type InputHTMLAttributes } from 'react'
import { FieldErrorContext } from './fieldErrorContext'

type InputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoComplete' | 'autoFocus' | 'inputMode' | 'maxLength' | 'onPaste' | 'placeholder' | 'spellCheck'
>

interface Props extends InputProps {
  label: string
  name: string
  defaultValue?: string | number | null | undefined
}

export function Field({ label, name, defaultValue, ...input }: Props) {
  const id = useId()
  const errorId = `${id}-error`
  const formError = use(FieldErrorContext)
  const error = formError?.field === name ? formError : null
  const ref = useRef<HTMLInputElement>(null)

  // Each failed submit brings a new error object, so the field is refocused even when the message repeats.
  useEffect(() => {
    if (error) ref.current?.focus()
  }, [error])

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        name={name}
        type="text"
        defaultValue={defaultValue ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...input}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error.detail}
        </p>
      )}
    </div>
  )
}
