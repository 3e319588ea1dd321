// One model of a shared AWS file (~/.aws/config or ~/.aws/credentials) for everything Rolecall reads or
// edits in it: lines with their own endings, sections as either parser may read them, and edits made by
// replacing a span of the text, so every byte outside that span stays as it was.
import { SharedFileError } from './shared-file-error'
import { eolStyle, headerNames, isPlainHeader, isQuiet, splitLines, type Line } from './lines'

export interface Section {
  /** The line either parser may read as this section's header. */
  header: Line
  /** The names the parsers may read there (see headerNames); usually one. */
  names: string[]
  /** The lines after the header, up to the next line either parser may read as a header. */
  body: Line[]
}

export interface IniDocument {
  text: string
  lines: Line[]
  /** The ending for new lines: the file's own. */
  eol: '\n' | '\r\n'
  sections: Section[]
}

export function readIni(text: string): IniDocument {
  const lines = splitLines(text)
  const sections: Section[] = []
  for (const line of lines) {
    const names = headerNames(line.text)
    if (names.length > 0) sections.push({ header: line, names, body: [] })
    else sections.at(-1)?.body.push(line)
  }
  return { text, lines, eol: eolStyle(lines), sections }
}

/** Sections either parser may read as `name`, in any spelling ("[ prod ]", "[prod] # note", …). */
export function sectionsNamed(doc: IniDocument, name: string): Section[] {
  return doc.sections.filter((section) => section.names.some((n) => n.trim() === name))
}

/**
 * Where a span that Rolecall owns may end: the lines after it up to the next section must be blank or
 * comments for both parsers, and that section's header must be one both read the same whatever precedes
 * it. Only then can the span be replaced or removed without moving a line of the user's into another
 * section. Returns the first line that breaks this, if any.
 */
export function unsafeAfter(doc: IniDocument, end: number): Line | undefined {
  for (const line of doc.lines) {
    if (line.start < end) continue
    if (isQuiet(line.text)) continue
    return isPlainHeader(line.text) ? undefined : line
  }
  return undefined
}

/**
 * Refuses a file with a [DEFAULT] section, which botocore (Python's configparser) reads into every other
 * section: its keys, even a broken one, would become part of any profile Rolecall adds, for the AWS CLI.
 */
export function refuseDefaults(doc: IniDocument, path: string): void {
  const defaults = doc.sections.find((section) => section.names.includes('DEFAULT'))
  if (!defaults) return
  throw new SharedFileError(
    `${path} has a [DEFAULT] section (line ${defaults.header.index + 1}); the AWS CLI adds its keys to every profile, so Rolecall does not add its own there. The file was left as it was.`
  )
}

/** `text` with [start, end) replaced by `insert`. */
export const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end)

/** Lines joined, each with the given ending. */
export const joinLines = (lines: readonly string[], eol: string): string => lines.map((line) => line + eol).join('')

/**
 * What Rolecall put before lines it appended, so that removing them gives back the file byte for byte:
 * nothing (the file was empty or ended with a blank line), a blank line, or the line break that ended
 * the user's last line (the file had no final newline).
 */
export type Joint = 'none' | 'blank' | 'break'

export function jointFor(doc: IniDocument): Joint {
  const last = doc.lines.at(-1)
  if (!last) return 'none'
  if (last.eol === '') return 'break'
  return last.text.trim() === '' ? 'none' : 'blank'
}

/**
 * Appends `lines` after the file's own text, with the joint they need. A last line ending in a lone "\r"
 * gets "\r\n", so that its "\r" stays part of it and the joint is exactly that line's ending.
 */
export function appendLines(doc: IniDocument, joint: Joint, lines: readonly string[]): string {
  const ending = joint === 'break' && doc.text.endsWith('\r') ? '\r\n' : doc.eol
  return doc.text + (joint === 'none' ? '' : ending) + joinLines(lines, doc.eol)
}

/**
 * The span to delete for Rolecall's lines [start, end) that were appended with `joint`: the blank line
 * above, when it is still there; the break that ended the user's last line only when nothing follows
 * (with text after it, that line must stay ended).
 */
export function spanWithJoint(doc: IniDocument, joint: Joint, start: number, end: number): { start: number; end: number } {
  const above = doc.lines.find((line) => line.end === start)
  if (!above) return { start, end }
  if (joint === 'blank' && above.text === '') return { start: above.start, end }
  if (joint === 'break' && end === doc.text.length) return { start: start - above.eol.length, end }
  return { start, end }
}

export const lineNumbers = (lines: readonly Line[]): string => {
  const first = lines[0]!.index + 1
  const last = lines.at(-1)!.index + 1
  return first === last ? `line ${first}` : `lines ${first}–${last}`
}
