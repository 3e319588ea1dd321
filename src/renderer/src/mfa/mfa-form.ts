// Reads the MFA code field: spaces dropped (authenticator apps show codes as "123 456"), then six digits required.
import { isMfaCode, MFA_CODE_MESSAGE } from '../../../shared/mfa-code'
import { parseForm, rejectField, textOf } from '../ui/form-values'
import type { Result } from '../../../shared/result'

export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '')
}

export function readMfaCode(data: FormData): Result<string> {
  return parseForm(() => {
    const code = withoutSpaces(textOf(data, 'mfaCode'))
    // The contract's mfaCodeSchema rule, restated so zod stays out of the renderer bundle; main checks again.
    if (!isMfaCode(code)) rejectField('mfaCode', MFA_CODE_MESSAGE)
    return code
  })
}
