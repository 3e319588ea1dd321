// STS error codes with the HTTP statuses AWS pairs them with, so every failure path answers realistically.

const STATUS = {
  AccessDenied: 403,
  ExpiredToken: 400,
  IncompleteSignature: 400,
  InternalFailure: 500,
  InvalidAction: 400,
  InvalidClientTokenId: 403,
  InvalidParameterValue: 400,
  MissingAuthenticationToken: 403,
  PackedPolicyTooLarge: 400,
  SignatureDoesNotMatch: 403,
  Throttling: 400,
  ValidationError: 400
} as const

type StsErrorCode = keyof typeof STATUS

export class StsError extends Error {
  readonly status: number
  /** AWS blames the caller ("Sender") for 4xx and itself ("Receiver") for 5xx. */
  readonly type: 'Sender' | 'Receiver'

  constructor(
    readonly code: StsErrorCode,
    message: string
  ) {
    super(message)
    this.status = STATUS[code]
    this.type = this.status >= 500 ? 'Receiver' : 'Sender'
  }
}

export const accessDenied = (message: string): StsError => new StsError('AccessDenied', message)

export const notAuthorized = (callerArn: string, action: string, resource: string): StsError =>
  accessDenied(`User: ${callerArn} is not authorized to perform: sts:${action} on resource: ${resource}`)

export const invalidClientToken = (): StsError =>
  new StsError('InvalidClientTokenId', 'The security token included in the request is invalid.')
