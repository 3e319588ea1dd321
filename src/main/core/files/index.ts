// What other capabilities use of careful file writes: locked atomic edits of shared files, private folders,
// write-failure wording. They import it from here, never from the files inside, so this folder's inside can
// change without reaching into theirs.
export { ensurePrivateDir } from './private-dir'
export { editSharedFile } from './shared-file'
export type { WriteFile } from './shared-file'
export { isDiskFailure, writeFailureReason } from './write-failure'
