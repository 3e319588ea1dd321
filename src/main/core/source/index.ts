// What other capabilities use of the source credentials and who they are. They import it from here, never from
// the files inside, so this folder's inside can change without reaching into theirs.
export { SourceIdentity } from './source-identity'
