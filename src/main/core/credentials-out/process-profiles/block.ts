// Rolecall's managed block in the shared config file: credential_process profiles for the user's
// roles, between BEGIN and END markers. The END marker carries a checksum of what is between them, so a
// block the user edited, a marker that went missing or came twice, is refused with the lines to fix,
// never guessed at; adding replaces only the block, removing deletes only it, every other byte of the
// file stays as it was. Writes are atomic and locked like the credentials file.
import { createHash } from 'node:crypto'
import { profileNameSchema } from '../../../../shared/views'
import { hasControlCharacter } from '../../../../shared/plain-text'
import { commentSafe, appendLines, joinLines, jointFor, lineNumbers, readIni, refuseDefaults, spanWithJoint, splice, unsafeAfter, type IniDocument, type Joint, type Line, SharedFileError } from '../../ini'
import { editSharedFile } from '../../files'

const BEGIN = '# BEGIN Rolecall credential_process profiles (managed by Rolecall; do not edit inside, Rolecall checks it)'
/** What Rolecall wrote before blocks had a checksum: still recognised, checked by its shape instead. */
const LEGACY_BEGIN = '# BEGIN Rolecall credential_process profiles (managed by Rolecall; edits inside are replaced)'
const END = '# END Rolecall credential_process profiles'
const END_LINE = /^# END Rolecall credential_process profiles(?: \(check ([0-9a-f]{16})(?:; Rolecall (added the blank line|ended the line) above)?\))?$/
const MARKER_WORDS = /(BEGIN|END) Rolecall credential_process/

/** One profile in the block: its name and the whole credential_process value (a command line). */
export interface ProcessProfileEntry {
  name: string
  credentialProcess: string
}

/** The block found in a file: from its BEGIN line to the end of its END line, and what Rolecall put above it. */
interface Block {
  start: number
  end: number
  joint: Joint
  begin: Line
  last: Line
}

export async function writeProcessProfiles(path: string, entries: readonly ProcessProfileEntry[]): Promise<void> {
  checkEntries(path, entries)
  await editSharedFile(path, (text) => {
    const doc = readIni(text)
    const block = findBlock(doc, path)
    checkNamesFree(doc, path, entries, block)
    refuseDefaults(doc, path)
    if (!block) {
      const joint = jointFor(doc)
      return appendLines(doc, joint, blockLines(entries, joint))
    }
    const lines = joinLines(blockLines(entries, block.joint), doc.eol)
    return splice(text, block.start, block.end, block.last.eol === '' ? lines.slice(0, -doc.eol.length) : lines)
  })
}

export async function removeProcessProfiles(path: string): Promise<boolean> {
  let removed = false
  await editSharedFile(path, (text) => {
    const doc = readIni(text)
    const block = findBlock(doc, path)
    if (!block) return text
    removed = true
    const span = spanWithJoint(doc, block.joint, block.start, block.end)
    return splice(text, span.start, span.end, '')
  })
  return removed
}

function checkEntries(path: string, entries: readonly ProcessProfileEntry[]): void {
  const seen = new Set<string>()
  for (const { name, credentialProcess } of entries) {
    const shown = `[profile ${commentSafe(name)}]`
    const checked = profileNameSchema.safeParse(name)
    if (!checked.success) throw new SharedFileError(`${shown} cannot go in ${path}: ${checked.error.issues[0]!.message}`)
    // The SDK refuses a whole config file over this one section.
    if (name === '__proto__') throw new SharedFileError(`${shown} cannot go in ${path}: the AWS SDK refuses that name.`)
    if (seen.has(name)) throw new SharedFileError(`${shown} is given twice; ${path} was left as it was.`)
    seen.add(name)
    // The SDK cuts a value at " #" or " ;" and trims it; botocore keeps both. Either would run another command.
    if (credentialProcess === '' || hasControlCharacter(credentialProcess) || credentialProcess.trim() !== credentialProcess || /\s[#;]/.test(credentialProcess)) {
      throw new SharedFileError(`The credential_process for ${shown} has characters the AWS tools would read differently; ${path} was left as it was.`)
    }
  }
}

function blockLines(entries: readonly ProcessProfileEntry[], joint: Joint): string[] {
  const body = entries.flatMap((entry) => [`[profile ${entry.name}]`, `credential_process = ${entry.credentialProcess}`])
  const note = joint === 'none' ? '' : `; Rolecall ${joint === 'blank' ? 'added the blank line' : 'ended the line'} above`
  return [BEGIN, ...body, `${END} (check ${checksum(body)}${note})`]
}

/** Of the body's text, line endings aside: a file turned to CRLF (or back) has not been edited. */
const checksum = (body: readonly string[]): string => createHash('sha256').update(body.join('\n')).digest('hex').slice(0, 16)

/** A block from before checksums: pairs of a [profile …] header and its credential_process, nothing else. */
const isLegacyBody = (body: readonly Line[]): boolean =>
  body.length % 2 === 0 && body.every((line, i) => (i % 2 === 0 ? /^\[profile [\w.+@-]+\]$/ : /^credential_process = \S/).test(line.text))

function refuse(path: string, problem: string, lines: readonly Line[]): never {
  const where = lines.length ? `; look at ${lineNumbers(lines)}` : ''
  throw new SharedFileError(
    `${path}: Rolecall's credential_process block ${problem}${where}. Rolecall left the file as it was: fix those lines, or delete the block, and try again.`
  )
}

function findBlock(doc: IniDocument, path: string): Block | undefined {
  const begins = doc.lines.filter((line) => line.text === BEGIN || line.text === LEGACY_BEGIN)
  const ends = doc.lines.filter((line) => END_LINE.test(line.text))
  const odd = doc.lines.find((line) => MARKER_WORDS.test(line.text) && !begins.includes(line) && !ends.includes(line))
  if (odd) refuse(path, `has a marker line that is not exactly as Rolecall wrote it`, [odd])
  if (begins.length === 0 && ends.length === 0) return undefined
  const markers = [...begins, ...ends].sort((a, b) => a.index - b.index)
  if (begins.length !== 1 || ends.length !== 1) {
    refuse(path, `needs one BEGIN and one END line but has ${begins.length} BEGIN and ${ends.length} END (at ${markers.map((l) => l.index + 1).join(', ')})`, markers)
  }
  const [begin, last] = [begins[0]!, ends[0]!]
  if (last.index < begin.index) refuse(path, `has its END line (${last.index + 1}) before its BEGIN line (${begin.index + 1})`, markers)
  const body = doc.lines.slice(begin.index + 1, last.index)
  const [, sum, joint] = END_LINE.exec(last.text)!
  if (!(sum === undefined ? begin.text === LEGACY_BEGIN && isLegacyBody(body) : sum === checksum(body.map((line) => line.text)))) {
    refuse(path, `was changed by hand since Rolecall wrote it`, [begin, last])
  }
  const unsafe = unsafeAfter(doc, last.end)
  if (unsafe) refuse(path, `is followed by a line the AWS CLI or SDK may read as part of it`, [unsafe])
  return { start: begin.start, end: last.end, joint: joint === undefined ? 'none' : joint.startsWith('added') ? 'blank' : 'break', begin, last }
}

/** Splits a section name as botocore does (shlex, roughly): "profile  'x'" is the profile x. */
const normalName = (name: string): string =>
  name
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/^(["'])(.*)\1$/, '$2'))
    .join(' ')

function checkNamesFree(doc: IniDocument, path: string, entries: readonly ProcessProfileEntry[], block: Block | undefined): void {
  const outside = doc.sections.filter((s) => !block || s.header.index < block.begin.index || s.header.index > block.last.index)
  for (const { name } of entries) {
    const wanted = new Set([`profile ${name}`, ...(name === 'default' ? ['default'] : [])])
    const taken = outside.find((section) => section.names.some((n) => wanted.has(normalName(n))))
    if (taken) {
      throw new SharedFileError(
        `${path} already has a profile ${name} (line ${taken.header.index + 1}) that Rolecall did not write; it was left as it was. Rename one of them.`
      )
    }
  }
}
