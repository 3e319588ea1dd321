// The --mfa-code option, checked before anything is sent, without loading the core.
import { isMfaCode, MFA_CODE_MESSAGE } from '../../shared/mfa-code'
import type { CommandName } from './commands'
import { UsageError } from './errors'

export function mfaCodeOption(code: string | undefined, command: CommandName): string | undefined {
  if (code === undefined) return undefined
  if (!isMfaCode(code)) throw new UsageError(`--mfa-code: ${MFA_CODE_MESSAGE}`, command)
  return code
}
