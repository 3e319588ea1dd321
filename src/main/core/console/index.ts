// What other capabilities use of the AWS console as a role: sign-in URLs, the handoff page, the endpoint
// override, the allow-list. They import it from here, never from the files inside, so this folder's inside can
// change without reaching into theirs.
export { ConsoleSessions } from './console-sessions'
export type { ConsoleWhere } from './console-sessions'
export { signinOverride } from './signin-endpoint'
