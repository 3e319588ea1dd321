// Opens the settings store and survives a corrupted or unreadable file: the bad file is kept as a
// backup, Rolecall starts from defaults, and app-defined roles are recovered from the backup if it parses.
import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import { parseRoles } from './app-store'
import type { KeyValueStore } from './ports'

export interface OpenedStore {
  store: KeyValueStore
  /** Set when the file was unusable: what happened, for the user. */
  recovery?: { backupPath: string; recoveredRoles: number; reason: string }
}

export function openStore(path: string, create: () => KeyValueStore, now: () => number = Date.now): OpenedStore {
  try {
    return { store: create() }
  } catch (error) {
    const reason = (error as Error).message
    const backupPath = `${path}.corrupt-${new Date(now()).toISOString().replaceAll(':', '-')}`
    copyFileSync(path, backupPath)
    rmSync(path, { force: true })
    const store = create()
    const roles = salvageRoles(backupPath)
    if (roles.length > 0) store.set('roles', roles)
    return { store, recovery: { backupPath, recoveredRoles: roles.length, reason } }
  }
}

function salvageRoles(backupPath: string): ReturnType<typeof parseRoles> {
  try {
    return parseRoles((JSON.parse(readFileSync(backupPath, 'utf8')) as { roles?: unknown }).roles)
  } catch {
    return []
  }
}
