// What other capabilities use of live sessions over time: the keeper, the scheduler, their handlers. They import
// it from here, never from the files inside, so this folder's inside can change without reaching into theirs.
export { sessionHandlers } from './session-handlers'
export { SessionKeeper } from './session-keeper'
export { toSessionView } from './sessions'
export type { LiveSession } from './sessions'
