// How the two programs that read the shared AWS files see one line: the AWS SDK for JavaScript (parseIni
// in @smithy/core) and botocore, which the AWS CLI uses (Python's configparser). Rolecall reads and edits
// ~/.aws/config and ~/.aws/credentials through these, so it never calls a line a comment or a body line
// when either program would read a section header there.

/** A line's own ending, kept byte for byte: the last line may have none. */
export type Eol = '' | '\n' | '\r\n'

export interface Line {
  /** 0-based; messages say `index + 1`. */
  index: number
  /** Offset of the line's first character, and just past its ending. */
  start: number
  end: number
  /** Without its ending. A lone "\r" stays inside: the SDK reads it as part of the line, botocore as a break. */
  text: string
  eol: Eol
}

/** The file's lines, split where both parsers agree a line ends ("\n", with or without "\r" before it). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start < text.length) {
    const lf = text.indexOf('\n', start)
    const stop = lf === -1 ? text.length : lf
    const crlf = lf !== -1 && stop > start && text[stop - 1] === '\r'
    const eol: Eol = lf === -1 ? '' : crlf ? '\r\n' : '\n'
    const end = lf === -1 ? text.length : lf + 1
    lines.push({ index: lines.length, start, end, text: text.slice(start, end - eol.length), eol })
    start = end
  }
  return lines
}

/** The ending new lines get: the file's own (its first line's), LF for a file without one. */
export function eolStyle(lines: readonly Line[]): '\n' | '\r\n' {
  return lines.find((line) => line.eol !== '')?.eol === '\r\n' ? '\r\n' : '\n'
}

/** The SDK's reading of a line: cut at a ";" or "#" that starts the line or follows a blank, then trimmed. */
const sdkReading = (text: string): string => text.split(/(^|\s)[;#]/)[0]!.trim()

/** The section name the SDK reads on this line (between the brackets, untrimmed), if it reads a header. */
export function sdkHeader(text: string): string | undefined {
  const reading = sdkReading(text)
  return reading[0] === '[' && reading[reading.length - 1] === ']' ? reading.slice(1, -1) : undefined
}

// Python's str.strip() blanks: not JavaScript's \s (Python strips \x1c-\x1f and \x85, keeps \ufeff).
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const PY_STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g')
const pyStrip = (text: string): string => text.replace(PY_STRIP, '')
/** Indented for either parser: JavaScript's blanks and Python's. */
const INDENTED = new RegExp(`^[\\s${PY_SPACE}]`)
// configparser's SECTCRE, matched (not searched) on the stripped line: "[prod] # note" is [prod].
const PY_SECTION = /^\[([^\n]+)\]/

/** botocore reads a lone "\r" as a line break (Python's universal newlines). */
const botocorePieces = (text: string): string[] => text.split('\r')

const botocoreComment = (piece: string): boolean => /^[#;]/.test(pyStrip(piece))

/** The section names botocore reads on this line (one per piece between lone "\r"s), out of context. */
export function botocoreHeaders(text: string): string[] {
  const names: string[] = []
  for (const piece of botocorePieces(text)) {
    const name = botocoreComment(piece) ? undefined : PY_SECTION.exec(pyStrip(piece))?.[1]
    if (name !== undefined) names.push(name)
  }
  return names
}

/**
 * Every name either parser could read as a section on this line. botocore reads an indented header right
 * after an option as more of that option's value; counting it anyway errs on the side of the user's data.
 */
export function headerNames(text: string): string[] {
  const sdk = sdkHeader(text)
  const names = botocoreHeaders(text)
  return sdk === undefined || names.includes(sdk) ? names : [sdk, ...names]
}

/** Blank or a comment for both parsers: nothing either of them keeps. */
export const isQuiet = (text: string): boolean =>
  sdkReading(text) === '' && botocorePieces(text).every((piece) => pyStrip(piece) === '' || botocoreComment(piece))

/**
 * A header both parsers read, the same, whatever comes before it: unindented, on one line for both. After
 * such a line, both start a new section, so what is above it can change without changing what is below.
 */
export function isPlainHeader(text: string): boolean {
  const sdk = sdkHeader(text)
  const names = botocoreHeaders(text)
  return sdk !== undefined && !INDENTED.test(text) && !text.includes('\r') && names.length === 1 && names[0] === sdk
}
