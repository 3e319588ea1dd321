// The settings file is shared: the app and the CLI each open it and save into it, each rewriting the
// whole file. A save takes a lock across processes, and the store library re-reads the file under it,
// so a save never puts back another process's older copy of a key it did not change. A key both sides
// add to (the "recent" map) is merged with what the file holds. The file is 0600 in a 0700 folder.
import { chmodSync, existsSync } from 'node:fs'
import { dirname } from 'node:path'
import lockfile from 'proper-lockfile'
import type { KeyValueStore } from '../ports'
import { ensurePrivateDir } from '../files'

/** What conf and electron-store are given as configFileMode. */
export const SETTINGS_FILE_MODE = 0o600

const LOCK_WAIT_MS = 5_000
const LOCK_RETRY_MS = 5
// A lock older than this was left by a process that died holding it.
const LOCK_STALE_MS = 10_000

/** How a key's value is combined with the one on disk when saved. */
export type Merge = (onDisk: unknown, saving: unknown) => unknown

/** The folder made or tightened to 0700 and an existing file to 0600, before the store library opens them. */
export function guardSettingsFile(path: string, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') return
  try {
    ensurePrivateDir(dirname(path), platform)
    if (existsSync(path)) chmodSync(path, SETTINGS_FILE_MODE)
  } catch {
    // A folder Rolecall cannot use (a file, not its own): opening the store reports it, with the reason.
  }
}

/** The store with every save made under the file's lock, merging the keys in `merges`. */
export function lockedStore(inner: KeyValueStore, merges: Readonly<Record<string, Merge>> = {}): KeyValueStore {
  return {
    get path() {
      return inner.path
    },
    get: (key) => inner.get(key),
    set(key, value) {
      const release = lockSync(inner.path)
      try {
        const merge = merges[key]
        inner.set(key, merge ? merge(inner.get(key), value) : value)
      } finally {
        release()
      }
    }
  }
}

/** The store API is synchronous, and proper-lockfile's lockSync takes no retries: they are made here. */
function lockSync(path: string): () => void {
  const deadline = Date.now() + LOCK_WAIT_MS
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (;;) {
    try {
      return lockfile.lockSync(path, {
        realpath: false,
        stale: LOCK_STALE_MS,
        // Held for milliseconds; a lock taken over while held is not worth ending the app over.
        onCompromised: () => undefined
      })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // The folder was removed since the store opened: made again, as the store library would.
      if (code === 'ENOENT' && !existsSync(dirname(path))) ensurePrivateDir(dirname(path))
      else if (code !== 'ELOCKED' || Date.now() > deadline) throw error
      else Atomics.wait(pause, 0, 0, LOCK_RETRY_MS)
    }
  }
}
