// Writes sessions into the shared credentials file as named profiles without disturbing anything
// else: only sections Rolecall wrote (marked on their first line) are ever replaced or removed, every
// other byte stays as it was, writes are atomic with mode 0600, and a lock keeps writers in turn.
// Where the file is not as Rolecall left it, Rolecall refuses and says which line to look at.
import { profileNameSchema } from '../../../shared/views'
import { commentSafe, appendLines, joinLines, refuseDefaults, jointFor, readIni, sectionsNamed, spanWithJoint, splice, unsafeAfter, type IniDocument, type Joint, type Section, isQuiet, SharedFileError } from '../ini'
import { editSharedFile, type WriteFile } from '../files'
import type { TemporaryCredentials } from '../sts'

const MARKER = '# Managed by Rolecall'
const KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'] as const
/** Said at the end of the marker line when Rolecall put something above its section (see Joint). */
const JOINT_NOTES = { blank: '; Rolecall added the blank line above', break: '; Rolecall ended the line above' } as const

export interface ProfileWrite {
  profile: string
  roleName: string
  credentials: TemporaryCredentials
}

/** Rolecall's own section: from its header to the end of its last key line, and what it put above it. */
interface Owned {
  section: Section
  joint: Joint
  start: number
  end: number
}

/** Adds or replaces a Rolecall-managed profile. Refuses to overwrite a profile the user wrote. */
export async function writeProfile(path: string, entry: ProfileWrite, write?: WriteFile): Promise<void> {
  checkName(path, entry.profile)
  const values = [entry.credentials.accessKeyId, entry.credentials.secretAccessKey, entry.credentials.sessionToken]
  if (!values.every((value) => /^[\x21-\x7e]+$/.test(value))) {
    throw new SharedFileError(`The credentials for [${entry.profile}] have characters that do not belong in ${path}; it was left as it was.`)
  }
  await editSharedFile(
    path,
    (text) => {
      const doc = readIni(text)
      const owned = ownedSection(doc, path, entry.profile, true)
      refuseDefaults(doc, path)
      if (!owned) {
        const joint = jointFor(doc)
        return appendLines(doc, joint, sectionLines(entry, values, joint))
      }
      const lastEol = owned.section.body[KEYS.length]!.eol
      const block = joinLines(sectionLines(entry, values, owned.joint), doc.eol)
      return splice(text, owned.start, owned.end, lastEol === '' ? block.slice(0, -doc.eol.length) : block)
    },
    write
  )
}

/** Removes a Rolecall-managed profile (and what it put above it); anything else is left alone. */
export async function removeProfile(path: string, profile: string): Promise<boolean> {
  let removed = false
  await editSharedFile(path, (text) => {
    const doc = readIni(text)
    const owned = ownedSection(doc, path, profile, false)
    if (!owned) return text
    removed = true
    return withoutSection(doc, owned)
  })
  return removed
}

function checkName(path: string, profile: string): void {
  const checked = profileNameSchema.safeParse(profile)
  if (!checked.success) throw new SharedFileError(`"${commentSafe(profile)}" cannot be a profile in ${path}: ${checked.error.issues[0]!.message}`)
  // botocore reads [DEFAULT] as defaults for every profile; the SDK refuses the whole file over [__proto__].
  if (profile === 'DEFAULT' || profile === '__proto__') throw new SharedFileError(`[${profile}] cannot be a profile in ${path}: the AWS tools read it specially.`)
}

function sectionLines({ profile, roleName, credentials }: ProfileWrite, values: string[], joint: Joint): string[] {
  const note = joint === 'none' ? '' : JOINT_NOTES[joint]
  return [
    `[${profile}]`,
    `${MARKER} (${commentSafe(roleName)}); rewritten on refresh, removed when the session ends. Expires ${new Date(credentials.expiresAt).toISOString()}${note}`,
    ...KEYS.map((key, i) => `${key} = ${values[i]}`)
  ]
}

const isManaged = (section: Section): boolean => /^\[[^\]]+\]$/.test(section.header.text) && (section.body[0]?.text.startsWith(MARKER) ?? false)

/** A key line as Rolecall writes it: "key = value", the value without blanks. */
const isKeyLine = (text: string | undefined, key: string): boolean => text !== undefined && text.startsWith(`${key} = `) && /^\S+$/.test(text.slice(key.length + 3))

const jointOf = (marker: string): Joint => (marker.endsWith(JOINT_NOTES.blank) ? 'blank' : marker.endsWith(JOINT_NOTES.break) ? 'break' : 'none')

const lineOf = (section: Section): string => `line ${section.header.index + 1}`

/**
 * Rolecall's section named `profile`, checked to be exactly as Rolecall writes it, or undefined when there
 * is none. Throws, so the file is left alone, when a user's section has the name (for a write), when there
 * is more than one, or when Rolecall's was changed.
 */
function ownedSection(doc: IniDocument, path: string, profile: string, writing: boolean): Owned | undefined {
  const named = sectionsNamed(doc, profile)
  const theirs = named.filter((section) => !isManaged(section) || section.header.text !== `[${profile}]`)
  const mine = named.filter((section) => !theirs.includes(section))
  if (writing && theirs.length > 0) {
    const shown = commentSafe(theirs[0]!.header.text.slice(0, 80))
    throw new SharedFileError(
      `${path} already has a [${profile}] profile that Rolecall did not write (${lineOf(theirs[0]!)}: ${shown}); it was left alone. Choose another profile name.`
    )
  }
  if (mine.length === 0) return undefined
  if (mine.length > 1) {
    throw new SharedFileError(
      `${path} has ${mine.length} [${profile}] sections marked as Rolecall's (${mine.map(lineOf).join(', ')}); Rolecall cannot tell which is its own and left the file as it was. Remove all but one.`
    )
  }
  const section = mine[0]!
  const keys = section.body.slice(1, 1 + KEYS.length)
  const wrong = KEYS.findIndex((key, i) => !isKeyLine(keys[i]?.text, key))
  const changed = wrong === -1 ? section.body.slice(1 + KEYS.length).find((line) => !isQuiet(line.text)) : (keys[wrong] ?? section.body.at(-1)!)
  if (changed) {
    throw new SharedFileError(
      `${path}: the [${profile}] section Rolecall wrote (${lineOf(section)}) was changed (line ${changed.index + 1}), so Rolecall left the file as it was. Restore or remove that section.`
    )
  }
  const end = keys.at(-1)!.end
  const unsafe = unsafeAfter(doc, end)
  if (unsafe) {
    throw new SharedFileError(
      `${path} line ${unsafe.index + 1}, below the [${profile}] section Rolecall wrote, may be read as part of it by the AWS CLI or SDK; Rolecall left the file as it was. Make it an unindented [section] header of its own.`
    )
  }
  return { section, joint: jointOf(section.body[0]!.text), start: section.header.start, end }
}

/**
 * The text without Rolecall's section. When Rolecall ended the user's last line and another of its own
 * sections follows (spaced by the blank line it added), that section takes over the line break, so that
 * removing both in either order gives back the file exactly.
 */
function withoutSection(doc: IniDocument, owned: Owned): string {
  const span = spanWithJoint(doc, owned.joint, owned.start, owned.end)
  const next = doc.sections[doc.sections.indexOf(owned.section) + 1]
  const between = owned.section.body.slice(1 + KEYS.length)
  const marker = next?.body[0]
  if (owned.joint === 'break' && span.start === owned.start && next && marker && isManaged(next) && between.length === 1 && between[0]!.text === '' && jointOf(marker.text) === 'blank') {
    const handedOver = marker.text.slice(0, -JOINT_NOTES.blank.length) + JOINT_NOTES.break
    return doc.text.slice(0, owned.start) + doc.text.slice(next.header.start, marker.start) + handedOver + doc.text.slice(marker.end - marker.eol.length)
  }
  return splice(doc.text, span.start, span.end, '')
}
