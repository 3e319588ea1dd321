// What other capabilities use of credentials handed to other tools: exports, the clipboard, credentials-file and
// process profiles. They import it from here, never from the files inside, so this folder's inside can change
// without reaching into theirs.
export { CredentialsOut } from './credentials-out'
