// Entry point of the loopback STS test server: an AWS STS + console federation look-alike for integration tests.
export type { Fault, FaultKind, IssuedCredentials, StsCall, StsRole, StsServer, StsServerOptions, StsUser } from './types'
export { startStsServer } from './server'
