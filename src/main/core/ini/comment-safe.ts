// The one way text from elsewhere (a role's display name) reaches a comment in a shared AWS file. A
// comment ends at the line's end, so a line break would let the rest become a section or a key with
// live credentials in it; other control characters could hide or reorder what the user sees in an
// editor or a terminal. They are shown escaped instead (shared/plain-text holds the one class of them).
import { showControlCharacters } from '../../../shared/plain-text'

/** `value` fit for the middle of a comment line: each control character shown as \u…, never acted on. */
export const commentSafe = (value: string): string => showControlCharacters(value)
