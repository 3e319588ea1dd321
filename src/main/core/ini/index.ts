// What other capabilities use of the one model of the shared AWS files. They import it from here, never from the
// files inside, so this folder's inside can change without reaching into theirs.
export { commentSafe } from './comment-safe'
export { appendLines, joinLines, jointFor, lineNumbers, readIni, refuseDefaults, sectionsNamed, spanWithJoint, splice, unsafeAfter } from './document'
export type { IniDocument, Joint, Section } from './document'
export { isQuiet, sdkHeader, splitLines } from './lines'
export type { Line } from './lines'
export { SharedFileError } from './shared-file-error'
