// Opens the settings store and survives a corrupted, unreadable or misshapen file: the bad file is
// kept as a backup, Rolecall starts from defaults, and app-defined roles are recovered from the backup
// if it parses.
import { readFileSync, renameSync } from 'node:fs'
import { AppStore, parseRoles } from './app-store'
import type { KeyValueStore } from './ports'

export interface OpenedStore {
  store: KeyValueStore
  /** Set when the file was unusable: what happened, for the user. */
  recovery?: { backupPath: string; recoveredRoles: number; reason: string }
}

export function openStore(path: string, create: () => KeyValueStore, now: () => number = Date.now): OpenedStore {
  let reason: string
  try {
    const store = create()
    const unreadable = new AppStore(store).unreadableKeys()
    if (unreadable.length === 0) return { store }
    reason = `${unreadable.map((key) => `"${key}"`).join(', ')} held values of the wrong kind`
  } catch (error) {
    reason = (error as Error).message
  }
  const backupPath = `${path}.corrupt-${new Date(now()).toISOString().replaceAll(':', '-')}`
  // Moved rather than copied: a folder, or a file Rolecall may not read, moves as well as a bad file.
  renameSync(path, backupPath)
  const store = create()
  const roles = salvageRoles(backupPath)
  if (roles.length > 0) store.set('roles', roles)
  return { store, recovery: { backupPath, recoveredRoles: roles.length, reason } }
}

function salvageRoles(backupPath: string): ReturnType<typeof parseRoles> {
  try {
    return parseRoles((JSON.parse(readFileSync(backupPath, 'utf8')) as { roles?: unknown }).roles)
  } catch {
    return []
  }
}
