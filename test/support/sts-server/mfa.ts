// One-time MFA code checks shared by AssumeRole and GetSessionToken, including AWS's refusal to accept a code twice.
import type { StsUser } from './types'
import { accessDenied } from './errors'

export class MfaVerifier {
  private readonly used = new Set<string>()

  /** Throws AccessDenied unless the code is one of the user's unused codes; on success the code is spent. */
  verify(user: StsUser | undefined, serialNumber: string | undefined, tokenCode: string | undefined): void {
    if (!user?.mfaSerial || serialNumber !== user.mfaSerial || tokenCode === undefined) {
      throw accessDenied(
        'MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.'
      )
    }
    const key = `${serialNumber}\n${tokenCode}`
    if (this.used.has(key)) {
      throw accessDenied('MultiFactorAuthentication failed because the one time pass code was already used')
    }
    if (!user.mfaCodes?.includes(tokenCode)) {
      throw accessDenied('MultiFactorAuthentication failed with invalid MFA one time pass code.')
    }
    this.used.add(key)
  }
}
