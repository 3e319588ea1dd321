// App-defined roles and settings, persisted through electron-store (conf in tests) and validated on
// every read, so a hand-edited or older file can never feed bad data into the core.
import { z } from 'zod'
import { roleInputSchema } from '../../shared/contract'
import { settingsSchema, type Settings } from '../../shared/views'
import type { KeyValueStore } from './ports'

export const storedRoleSchema = roleInputSchema.required({ id: true })
export type StoredRole = z.infer<typeof storedRoleSchema>

export const DEFAULT_SETTINGS: Settings = {
  sourceProfile: null,
  clipboardClearSeconds: 45,
  defaultRegion: null,
  defaultDurationSeconds: 3600
}

export class StorageError extends Error {
  override name = 'StorageFailed'
}

export class AppStore {
  constructor(private readonly kv: KeyValueStore) {}

  settings(): Settings {
    const stored = settingsSchema.partial().safeParse(this.kv.get('settings') ?? {})
    return { ...DEFAULT_SETTINGS, ...(stored.success ? stripUndefined(stored.data) : {}) }
  }

  updateSettings(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.settings(), ...patch })
    this.write('settings', next)
    return next
  }

  /** Valid roles in saved order; entries that fail validation are skipped, not deleted. */
  roles(): StoredRole[] {
    return parseRoles(this.kv.get('roles'))
  }

  saveRole(role: StoredRole): void {
    const raw = this.rawRoles()
    const index = raw.findIndex((r) => (r as { id?: unknown })?.id === role.id)
    if (index === -1) raw.push(role)
    else raw[index] = role
    this.write('roles', raw)
  }

  removeRole(id: string): boolean {
    const raw = this.rawRoles()
    const kept = raw.filter((r) => (r as { id?: unknown })?.id !== id)
    if (kept.length === raw.length) return false
    this.write('roles', kept)
    return true
  }

  private rawRoles(): unknown[] {
    const raw = this.kv.get('roles')
    return Array.isArray(raw) ? [...raw] : []
  }

  private write(key: string, value: unknown): void {
    try {
      this.kv.set(key, value)
    } catch (error) {
      throw new StorageError(`Could not write ${this.kv.path}: ${(error as Error).message}`)
    }
  }
}

export function parseRoles(raw: unknown): StoredRole[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((entry) => {
    const parsed = storedRoleSchema.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
