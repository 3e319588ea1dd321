// What other capabilities use of IPC from the core's side: the handler table type, the router, the sender check.
// They import it from here, never from the files inside, so this folder's inside can change without reaching
// into theirs.
export type { Handlers, RequestFor } from './handlers'
export { dispatch } from './ipc-router'
