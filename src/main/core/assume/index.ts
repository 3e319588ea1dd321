// What other capabilities use of assuming a role: plans, the assume flow, MFA sessions and prompts, the assumer.
// They import it from here, never from the files inside, so this folder's inside can change without reaching
// into theirs.
export { Assumer } from './assumer'
export { MfaPrompts } from './mfa-prompts'
export { MfaSessions } from './mfa-sessions'
export { Plans } from './plans'
