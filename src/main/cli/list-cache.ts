// The last `rolecall list` output, kept beside the app's settings and reused while the files it was
// made from are unchanged. Reading 5,000 profiles takes a cold process ~60 ms of parsing and checking,
// more than Node's own start-up; replaying the output takes ~1 ms.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { version } from '../../../package.json'

// A new build writes this module's file anew, so a rebuilt CLI never replays an old one's output.
const BUILD = fileURLToPath(import.meta.url)

export interface Listing {
  stdout: string
  /** What went to stderr (problems with files and profiles), replayed with the output. */
  warnings: string[]
}

export interface ListCache {
  read(): Listing | undefined
  write(listing: Listing): void
}

/**
 * `sources` are the files the listing is computed from. Size, inode and nanosecond modification and
 * change times stand for their content: any edit, replacement or `touch` gives a new key. The file
 * is a line of JSON (the key and the warnings), then the output as printed: the output as a JSON
 * string (5,000 profiles make 300 KB of it) took longer to encode and decode than to write and read.
 */
export function listCache(dir: string, name: string, sources: readonly string[]): ListCache {
  const file = join(dir, 'cli-cache', `${name}.cache`)
  const key = [`rolecall ${version}`, ...[BUILD, ...sources].map(fingerprint)].join('\n')
  return {
    read() {
      try {
        const text = readFileSync(file, 'utf8')
        const end = text.indexOf('\n')
        if (end === -1) return undefined
        const head = JSON.parse(text.slice(0, end)) as Pick<Listing, 'warnings'> & { key?: unknown }
        return head.key === key ? { stdout: text.slice(end + 1), warnings: head.warnings } : undefined
      } catch {
        return undefined
      }
    },
    write(listing) {
      // Best effort: a read-only or missing data folder only costs the next run its speed.
      try {
        mkdirSync(join(dir, 'cli-cache'), { recursive: true, mode: 0o700 })
        const temp = `${file}.${process.pid}.tmp`
        writeFileSync(temp, `${JSON.stringify({ key, warnings: listing.warnings })}\n${listing.stdout}`, { mode: 0o600 })
        renameSync(temp, file)
      } catch {
        // Nothing to do; the listing itself was printed.
      }
    }
  }
}

function fingerprint(path: string): string {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false })
  return s ? `${path} ${s.size} ${s.ino} ${s.mtimeNs} ${s.ctimeNs}` : `${path} absent`
}
