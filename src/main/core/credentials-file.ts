// Writes sessions into the shared credentials file as named profiles without disturbing anything
// else: only sections Rolecall wrote (marked on their first line) are ever replaced or removed, every
// other byte stays as it was, writes are atomic with mode 0600, and a lock keeps writers in turn.
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import lockfile from 'proper-lockfile'
import writeFileAtomic from 'write-file-atomic'
import type { TemporaryCredentials } from './sts-gateway'

const MARKER = '# Managed by Rolecall'
const HEADER = /^\s*\[([^\]]+)\]\s*$/

export class CredentialsFileError extends Error {
  override name = 'CredentialsFileFailed'
}

export interface ProfileWrite {
  profile: string
  roleName: string
  credentials: TemporaryCredentials
}

/** Adds or replaces a Rolecall-managed profile. Refuses to overwrite a profile the user wrote. */
export async function writeProfile(path: string, entry: ProfileWrite): Promise<void> {
  await edit(path, (lines) => {
    const block = sectionBlock(entry)
    const span = findSection(lines, entry.profile)
    if (span && !span.managed) {
      throw new CredentialsFileError(
        `${path} already has a [${entry.profile}] profile that Rolecall did not write; it was left alone. Choose another profile name.`
      )
    }
    if (span) return [...lines.slice(0, span.start), ...block, ...lines.slice(span.end)]
    const last = lines.at(-1)
    const spacer = lines.length && last !== '\n' && last !== '\r\n' ? ['\n'] : []
    if (last !== undefined && !last.endsWith('\n')) lines[lines.length - 1] = `${last}\n`
    return [...lines, ...spacer, ...block]
  })
}

/** Removes a Rolecall-managed profile (and the blank line it brought); anything else is left alone. */
export async function removeProfile(path: string, profile: string): Promise<boolean> {
  let removed = false
  await edit(path, (lines) => {
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

async function edit(path: string, change: (lines: string[]) => string[]): Promise<void> {
  let release: (() => Promise<void>) | undefined
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 })
    release = await lockfile.lock(path, { realpath: false, retries: { retries: 20, minTimeout: 25, maxTimeout: 200 }, stale: 10_000 })
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return ''
      throw error
    })
    // Keep each line's own ending, so CRLF files and the last line's missing newline survive untouched.
    const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? []
    const next = change(lines).join('')
    if (next !== text) await writeFileAtomic(path, next, { mode: 0o600 })
  } catch (error) {
    if (error instanceof CredentialsFileError) throw error
    const e = error as NodeJS.ErrnoException
    const why = e.code === 'ENOSPC' ? 'the disk is full' : e.code === 'EROFS' || e.code === 'EACCES' || e.code === 'EPERM' ? 'it is not writable' : e.message
    throw new CredentialsFileError(`Could not write ${path}: ${why}. The file was left as it was.`)
  } finally {
    await release?.().catch(() => undefined)
  }
}
