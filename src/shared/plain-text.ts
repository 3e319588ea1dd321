// The one rule for names a user gives (display names, profile names, session names, aliases): no
// character that can end a line in some reader, drive a terminal or reorder what is shown. Such a
// character in a name can start a new INI line, a new shell command or a forged-looking label.
import { z } from 'zod'

/**
 * C0 controls (tab and line breaks included), DEL, C1 controls, the Unicode line and paragraph
 * separators, and the bidirectional embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text)
}

/** The text with each control character as a space: for names saved before the rule, read rather than lost. */
export function withoutControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTER.source, 'gu'), ' ')
}

/** "A display name cannot contain …": the message a field shows for such a character. */
export function controlCharacterMessage(what: string): string {
  return `${what} cannot contain control characters (line breaks, tabs, terminal escapes or text-direction marks).`
}

/** A string schema that refuses control characters with a message naming the field. */
export function plainText(what: string) {
  return z.string().refine((text) => !hasControlCharacter(text), { message: controlCharacterMessage(what), abort: true })
}
