// Reading typed values out of a submitted form, and reporting which field a bad value came from.
import type { Result } from '../../../shared/result'

/** Thrown by the readers below; parseForm turns it into the same ErrorView shape main sends back. */
class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message)
  }
}

export function parseForm<T>(read: () => T): Result<T> {
  try {
    return { ok: true, value: read() }
  } catch (error) {
    if (!(error instanceof FieldError)) throw error
    return { ok: false, error: { code: 'InvalidInput', title: 'Check this field', detail: error.message, field: error.field } }
  }
}

export function rejectField(field: string, message: string): never {
  throw new FieldError(field, message)
}

/** The field's trimmed text; '' when absent. */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

/** A whole number of seconds, or undefined when left blank so optional fields can be omitted. */
export function secondsOf(data: FormData, name: string): number | undefined {
  const text = textOf(data, name)
  if (text === '') return undefined
  if (!/^\d+$/.test(text)) rejectField(name, 'Enter a whole number of seconds, like 3600.')
  return Number(text)
}

export function requiredSecondsOf(data: FormData, name: string): number {
  return secondsOf(data, name) ?? rejectField(name, 'Enter a whole number of seconds, like 3600.')
}
