// The one way text from elsewhere (a role's display name) reaches a comment in a shared AWS file. A
// comment ends at the line's end, so a line break would let the rest become a section or a key with
// live credentials in it; other control characters (C1, DEL, Unicode line separators, bidi overrides)
// could hide or reorder what the user sees in an editor or a terminal.

/** C0, DEL and C1, U+2028/U+2029, and the bidi embeddings, overrides, isolates and marks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu

/** `value` fit for the middle of a comment line: each unsafe character shown as \u{…}, never acted on. */
export function commentSafe(value: string): string {
  return value.replace(UNSAFE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`)
}

/** True when `value` has a character commentSafe would replace: for values that must be refused instead. */
export const hasUnsafeCharacter = (value: string): boolean => new RegExp(UNSAFE.source, 'u').test(value)
