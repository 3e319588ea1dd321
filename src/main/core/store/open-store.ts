// Opens the settings store and survives a corrupted, unreadable or misshapen file: the bad file is
// kept as a backup, Rolecall starts from defaults, and app-defined roles are recovered from the backup
// if it parses. In a folder Rolecall may not write, the bad file is left where it is and this run's
// settings live in memory.
import { existsSync, readFileSync, renameSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppStore, mergeRecent, parseRoles } from './app-store'
import type { KeyValueStore } from '../ports'
import { guardSettingsFile, lockedStore } from './shared-store'
import { writeFailureReason } from '../files'

export interface StoreRecovery {
  /** What was wrong with the file. */
  reason: string
  recoveredRoles: number
  /** Where the bad file was moved; undefined when it could not be moved (then why) and was left in place. */
  backupPath?: string
  notMoved?: string
  /** The data folder itself cannot be used (it is a file, say); there was no settings file to keep. */
  folder?: string
}

export interface OpenedStore {
  store: KeyValueStore
  /** Set when the file was unusable: what happened, for the user. */
  recovery?: StoreRecovery
}

/**
 * `create` opens the store library on `path` (with configFileMode SETTINGS_FILE_MODE); what it opens is
 * saved into under a lock shared with every other Rolecall process (settings/shared-store.ts).
 */
export function openStore(path: string, create: () => KeyValueStore, now: () => number = Date.now): OpenedStore {
  guardSettingsFile(path)
  const open = (): KeyValueStore => lockedStore(create(), { recent: mergeRecent })
  let reason = misshapen(path)
  if (reason === undefined) {
    try {
      const store = open()
      const unreadable = new AppStore(store).unreadableKeys()
      if (unreadable.length === 0) return { store }
      reason = `${unreadable.map((key) => `"${key}"`).join(', ')} held values of the wrong kind`
    } catch (error) {
      reason = (error as Error).message
      // No folder to keep settings in: nothing to move aside or recover, and this run keeps them in memory.
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR' || !existsSync(dirname(path))) {
        return { store: memoryStore(path), recovery: { reason, recoveredRoles: 0, folder: dirname(path) } }
      }
    }
  }
  const backupPath = `${path}.corrupt-${new Date(now()).toISOString().replaceAll(':', '-')}`
  try {
    // Moved rather than copied: a folder, or a file Rolecall may not read, moves as well as a bad file.
    renameSync(path, backupPath)
  } catch (error) {
    const store = memoryStore(path)
    const roles = salvageRoles(path)
    if (roles.length > 0) store.set('roles', roles)
    return { store, recovery: { reason, recoveredRoles: roles.length, notMoved: writeFailureReason(error) } }
  }
  const store = open()
  const roles = salvageRoles(backupPath)
  if (roles.length > 0) store.set('roles', roles)
  return { store, recovery: { reason, recoveredRoles: roles.length, backupPath } }
}

/** The recovery in one message, for the window's notice and the command line's stderr. */
export function recoveryMessage({ reason, recoveredRoles, backupPath, notMoved, folder }: StoreRecovery): string {
  if (folder) return `Rolecall cannot keep its settings in ${folder} (${reason}). It started from defaults; changes last until Rolecall quits.`
  const recovered = `Rolecall started from defaults and recovered ${recoveredRoles} role(s)`
  return backupPath
    ? `Rolecall's settings file was unreadable (${reason}). It was kept as ${backupPath}; ${recovered}.`
    : `Rolecall's settings file was unreadable (${reason}) and could not be moved aside (${notMoved}), so it was left as it was. ${recovered}; changes last until Rolecall quits.`
}

/**
 * A file that is valid JSON but not an object. The store library reads it as empty and overwrites it
 * with the next change, so it is caught here, before the library sees it.
 */
function misshapen(path: string): string | undefined {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined // missing, unreadable or not JSON: the store library reports those itself
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return undefined
  return `it holds ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`} where settings belong`
}

function memoryStore(path: string): KeyValueStore {
  const values = new Map<string, unknown>()
  return { path, get: (key) => values.get(key), set: (key, value) => void values.set(key, value) }
}

function salvageRoles(file: string): ReturnType<typeof parseRoles> {
  try {
    return parseRoles((JSON.parse(readFileSync(file, 'utf8')) as { roles?: unknown }).roles)
  } catch {
    return []
  }
}
