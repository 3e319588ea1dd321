// Entry point of the loopback STS test server: an AWS STS + console federation look-alike for integration tests.
export type { Fault, FaultKind, StsCall, StsRole, StsServer, StsServerOptions, StsUser } from './types'
export { startStsServer } from './server'
