// A labelled text input with an optional hint; hint and error are tied to it with aria-describedby, and the error
// (also marked with aria-invalid) is focused when it appears.
import { use, useEffect, useId, useRef, type InputHTMLAttributes } from 'react'
import { FieldErrorContext } from './field-error-context'

type InputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoComplete' | 'autoFocus' | 'inputMode' | 'maxLength' | 'onPaste' | 'placeholder' | 'spellCheck'
>

interface Props extends InputProps {
  label: string
  name: string
  defaultValue?: string | number | null | undefined
  /** Shown under the input, e.g. the expected format, where it stays visible once the field has a value. */
  hint?: string
}

export function Field({ label, name, defaultValue, hint, ...input }: Props) {
  const id = useId()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
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
        aria-describedby={[error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error.detail}
        </p>
      )}
    </div>
  )
}

/** A field for identifiers (ARNs, names, IDs, tags), which neither autocomplete nor spellcheck should touch. */
export function CodeField(props: Omit<Props, 'autoComplete' | 'spellCheck'>) {
  return <Field {...props} autoComplete="off" spellCheck={false} />
}
