// The one class of characters Rolecall never lets act: those that can end a line in some reader, drive a
// terminal or reorder what is shown. Names a user gives (display names, profile names, session names,
// aliases) refuse them; text from elsewhere that reaches a file comment or a terminal shows them escaped.
// In a name they could start a new INI line, a new shell command or a forged-looking label.

/**
 * C0 controls (tab and line breaks included), DEL, C1 controls, the Unicode line and paragraph
 * separators, and the bidirectional marks, embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g')

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text)
}

/** The text with each control character as a space: for names saved before the rule, read rather than lost. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ')
}

/** The text with each control character shown as an escape (ESC as \u001b), never acted on. */
export function showControlCharacters(text: string): string {
  // Tested first: a CLI table runs this on tens of thousands of cells, nearly all of them plain.
  return CONTROL_CHARACTER.test(text) ? text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text
}

/** "A display name cannot contain …": the message a field shows for such a character. */
export function controlCharacterMessage(what: string): string {
  return `${what} cannot contain control characters (line breaks, tabs, terminal escapes or text-direction marks).`
}
