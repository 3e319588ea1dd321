// Writes sessions into the shared credentials file as named profiles without disturbing anything
// else: only sections Rolecall wrote (marked on their first line) are ever replaced or removed, every
// other byte stays as it was, writes are atomic with mode 0600, and a lock keeps writers in turn.
import { editSharedFile, SharedFileError, type WriteFile } from './shared-file'
import type { TemporaryCredentials } from './sts-gateway'

const MARKER = '# Managed by Rolecall'
const HEADER = /^\s*\[([^\]]+)\]\s*$/

export interface ProfileWrite {
  profile: string
  roleName: string
  credentials: TemporaryCredentials
}

/** Adds or replaces a Rolecall-managed profile. Refuses to overwrite a profile the user wrote. */
export async function writeProfile(path: string, entry: ProfileWrite, write?: WriteFile): Promise<void> {
  await editLines(path, (lines) => {
    const block = sectionBlock(entry)
    const span = findSection(lines, entry.profile)
    if (span && !span.managed) {
      throw new SharedFileError(
        `${path} already has a [${entry.profile}] profile that Rolecall did not write; it was left alone. Choose another profile name.`
      )
    }
    if (span) return [...lines.slice(0, span.start), ...block, ...lines.slice(span.end)]
    const last = lines.at(-1)
    const spacer = lines.length && last !== '\n' && last !== '\r\n' ? ['\n'] : []
    if (last !== undefined && !last.endsWith('\n')) lines[lines.length - 1] = `${last}\n`
    return [...lines, ...spacer, ...block]
  }, write)
}

/** Removes a Rolecall-managed profile (and the blank line it brought); anything else is left alone. */
export async function removeProfile(path: string, profile: string): Promise<boolean> {
  let removed = false
  await editLines(path, (lines) => {
    const span = findSection(lines, profile)
    if (!span?.managed) return lines
    removed = true
    const before = lines[span.start - 1]
    const start = before === '\n' || before === '\r\n' ? span.start - 1 : span.start
    return [...lines.slice(0, start), ...lines.slice(span.end)]
  })
  return removed
}

function sectionBlock({ profile, roleName, credentials }: ProfileWrite): string[] {
  return [
    `[${profile}]\n`,
    `${MARKER} (${roleName}); rewritten on refresh, removed when the session ends. Expires ${new Date(credentials.expiresAt).toISOString()}\n`,
    `aws_access_key_id = ${credentials.accessKeyId}\n`,
    `aws_secret_access_key = ${credentials.secretAccessKey}\n`,
    `aws_session_token = ${credentials.sessionToken}\n`
  ]
}

function findSection(lines: string[], profile: string): { start: number; end: number; managed: boolean } | undefined {
  const start = lines.findIndex((line) => HEADER.exec(line)?.[1]?.trim() === profile)
  if (start === -1) return undefined
  let end = start + 1
  while (end < lines.length && !HEADER.test(lines[end]!)) end++
  // A trailing blank line before the next section belongs to the next section's spacing, not to us.
  while (end > start + 1 && /^\s*$/.test(lines[end - 1]!) && end < lines.length) end--
  return { start, end, managed: lines[start + 1]?.startsWith(MARKER) ?? false }
}

/** Works on the file as lines that keep their own endings, so CRLF and a missing final newline survive. */
function editLines(path: string, change: (lines: string[]) => string[], write?: WriteFile): Promise<void> {
  return editSharedFile(path, (text) => change(text.match(/[^\n]*\n|[^\n]+$/g) ?? []).join(''), write)
}
