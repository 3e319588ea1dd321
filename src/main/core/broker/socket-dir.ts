// Where the broker's socket goes on macOS and Linux. A socket's path must fit the kernel's sun_path
// (108 bytes on Linux, 104 on macOS and the BSDs, the final NUL included); a longer one is cut short
// and the socket lands beside the 0700 folder instead of in it. A data folder with a long path gets a
// short folder of this user's under the temp folder instead, checked to be theirs and 0700; the address
// file in the data folder says where the socket is.
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { socketPath } from './protocol'

const SUN_PATH_BYTES: Partial<Record<NodeJS.Platform, number>> = { linux: 108 }
const BSD_SUN_PATH_BYTES = 104

export function fitsSocketPath(path: string, platform: NodeJS.Platform = process.platform): boolean {
  return Buffer.byteLength(path) + 1 <= (SUN_PATH_BYTES[platform] ?? BSD_SUN_PATH_BYTES)
}

/** The socket in the data folder's broker folder when its path fits, else in a short private folder. */
export function brokerSocketPath(dataDir: string, platform: NodeJS.Platform = process.platform): string {
  const preferred = socketPath(dataDir)
  if (fitsSocketPath(preferred, platform)) return preferred
  // Named for the data folder, so Rolecalls with different data folders do not take each other's socket.
  const name = `${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}.sock`
  const path = join(shortPrivateDir(), name)
  if (!fitsSocketPath(path, platform)) {
    throw new Error(`No socket path short enough for this system: both ${preferred} and ${path} are too long. Set TMPDIR to a shorter folder.`)
  }
  return path
}

/**
 * tmp/rolecall-<uid>, made 0700, and used only if it is a real folder (not a link) owned by this user
 * with mode 0700: anyone may create that name first in a shared temp folder. Otherwise a fresh folder.
 */
function shortPrivateDir(): string {
  const uid = process.getuid?.() ?? 0
  const dir = join(tmpdir(), `rolecall-${uid}`)
  try {
    mkdirSync(dir, { mode: 0o700 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const found = lstatSync(dir)
  if (found.isDirectory() && found.uid === uid && (found.mode & 0o777) === 0o700) return dir
  return mkdtempSync(join(tmpdir(), 'rolecall-'))
}
