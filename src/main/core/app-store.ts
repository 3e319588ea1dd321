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

/**
 * Reads are served from memory after the first: electron-store re-reads and re-parses its file on
 * every get, which would put file I/O on every switch and every state snapshot.
 */
export class AppStore {
  private cachedSettings: Settings | undefined
  private cachedRoles: StoredRole[] | undefined

  constructor(private readonly kv: KeyValueStore) {}

  settings(): Settings {
    if (!this.cachedSettings) {
      const stored = settingsSchema.partial().safeParse(this.kv.get('settings') ?? {})
      this.cachedSettings = { ...DEFAULT_SETTINGS, ...(stored.success ? stripUndefined(stored.data) : {}) }
    }
    return this.cachedSettings
  }

  updateSettings(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.settings(), ...patch })
    this.write('settings', next)
    return next
  }

  /** Valid roles in saved order; entries that fail validation are skipped, not deleted. */
  roles(): StoredRole[] {
    this.cachedRoles ??= parseRoles(this.kv.get('roles'))
    return this.cachedRoles
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

  private write(key: 'settings' | 'roles', value: unknown): void {
    try {
      this.kv.set(key, value)
    } catch (error) {
      throw new StorageError(`Could not write ${this.kv.path}: ${(error as Error).message}`)
    } finally {
      this.cachedSettings = undefined
      this.cachedRoles = undefined
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
