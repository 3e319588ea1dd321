// What other capabilities use of STS itself: the gateway, error wording, redaction, response bounds. They import
// it from here, never from the files inside, so this folder's inside can change without reaching into theirs.
export { describeError, failure } from './aws-errors'
export { StsGateway } from './sts-gateway'
export type { AssumeResult, CredentialSource, GatewayOptions, StsTarget, TemporaryCredentials } from './sts-gateway'
