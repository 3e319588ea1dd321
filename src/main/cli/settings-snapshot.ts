// A read-only look at the app's settings.json for `list`: one file read and JSON.parse, without conf
// or zod, which together would more than double the command's start-up time.
import { readFileSync } from 'node:fs'
import type { KeyValueStore } from '../core/ports'
import { isRecord } from '../core/store/role-preferences'

export interface SettingsSnapshot extends KeyValueStore {
  /** Why the file could not be used; the snapshot is then empty. A missing file is no problem. */
  problem?: string
}

export function readSettingsSnapshot(path: string): SettingsSnapshot {
  let data: Record<string, unknown> = {}
  let problem: string | undefined
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    if (isRecord(parsed)) data = parsed
    else problem = `${path} does not hold settings; app roles are not listed.`
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      problem = `${path} could not be read (${(error as Error).message}); app roles are not listed.`
    }
  }
  return {
    path,
    ...(problem ? { problem } : {}),
    get: (key) => data[key],
    set: () => {
      throw new Error('The settings snapshot is read-only.')
    }
  }
}
