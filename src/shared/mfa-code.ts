// What an MFA code looks like, without a schema library, so the CLI's fast path and the window's
// prompt check it exactly as the IPC contract does.

export const MFA_CODE_PATTERN = /^\d{6}$/
export const MFA_CODE_MESSAGE = 'An MFA code is 6 digits.'

export function isMfaCode(code: string): boolean {
  return MFA_CODE_PATTERN.test(code)
}
