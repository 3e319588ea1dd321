// Reads the MFA code field: spaces dropped (authenticator apps show codes as "123 456"), then six digits required.
import { parseForm, rejectField, textOf, type Parsed } from './formValues'

export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '')
}

export function readMfaCode(data: FormData): Parsed<string> {
  return parseForm(() => {
    const code = withoutSpaces(textOf(data, 'mfaCode'))
    // The contract's mfaCodeSchema rule, restated so zod stays out of the renderer bundle; main checks again.
    if (!/^\d{6}$/.test(code)) rejectField('mfaCode', 'An MFA code is 6 digits.')
    return code
  })
}
