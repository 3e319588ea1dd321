// One careful way to change a file other tools also use (~/.aws/config, ~/.aws/credentials): a lock
// so Rolecall's writers take turns, the change computed on the current text, an atomic 0600 write,
// and a clear error that says the file was left as it was.
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import lockfile from 'proper-lockfile'
import writeFileAtomic from 'write-file-atomic'
import { SharedFileError } from '../ini'
import { writeFailureReason } from './write-failure'

/** The write port: replaceable so tests can fail a write half-way, as a full disk would. */
export type WriteFile = (path: string, text: string) => Promise<void>

const atomicWrite: WriteFile = (path, text) => writeFileAtomic(path, text, { mode: 0o600 })

export async function editSharedFile(path: string, change: (text: string) => string, write: WriteFile = atomicWrite): Promise<void> {
  let release: (() => Promise<void>) | undefined
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 })
    release = await lockfile.lock(path, { realpath: false, retries: { retries: 20, minTimeout: 25, maxTimeout: 200 }, stale: 10_000 })
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return ''
      throw error
    })
    const next = change(text)
    if (next !== text) await write(path, next)
  } catch (error) {
    if (error instanceof SharedFileError) throw error
    throw new SharedFileError(`Could not write ${path}: ${writeFailureReason(error)}. The file was left as it was.`)
  } finally {
    await release?.().catch(() => undefined)
  }
}
