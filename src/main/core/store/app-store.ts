// App-defined roles and settings, persisted through electron-store (conf in tests) and validated on
// every read, so a hand-edited or older file can never feed bad data into the core.
import { z } from 'zod'
import { roleInputSchema } from '../../../shared/contract'
import { hasControlCharacter, withoutControlCharacters } from '../../../shared/plain-text'
import { accountSchema, settingsSchema, type Settings } from '../../../shared/views'
import type { KeyValueStore } from '../ports'
import { readRolePreferences, recentOf, type RolePreferences } from './role-preferences'

export const storedRoleSchema = roleInputSchema.required({ id: true })
export type StoredRole = z.infer<typeof storedRoleSchema>

export const DEFAULT_SETTINGS: Settings = {
  sourceProfile: null,
  clipboardClearSeconds: 45,
  defaultRegion: null,
  defaultDurationSeconds: 3600,
  mfaSessionSeconds: 43200,
  warnBeforeSeconds: [600, 120],
  refreshLeadSeconds: 300,
  globalShortcut: 'CommandOrControl+Shift+R',
  startAtLogin: false,
  hideOnBlur: true,
  consoleSignOutFirst: false,
  credentialsFileProfile: null,
  clearCredentialsFileOnQuit: true
}

const accountsSchema = z.record(z.string(), accountSchema)
export type Accounts = z.infer<typeof accountsSchema>

/**
 * The file's shape for electron-store's own check, as a JSON Schema per top-level key, made from the zod
 * schemas every read is checked with so that the two cannot drift apart. electron-store refuses a file that
 * breaks it, and openStore then backs the file up and recovers what it can.
 */
export function storeSchema(): Record<string, object> {
  return Object.fromEntries(
    Object.entries({
      settings: settingsSchema.partial(),
      // Entries are checked one by one as they are read (parseRoles): one bad hand edit costs that role only.
      roles: z.array(z.looseObject({})),
      accounts: accountsSchema,
      favourites: z.array(z.string()),
      recent: z.record(z.string(), z.number()),
      autoRefresh: z.record(z.string(), z.boolean()),
      credentialsProfiles: z.record(z.string(), z.string())
    }).map(([key, schema]) => {
      // As zod reads them (io: 'input'): keys it does not know, from another version of Rolecall, are
      // dropped on read rather than refused. Each schema becomes a property of electron-store's root schema,
      // where a $schema of its own does not belong.
      const json: Record<string, unknown> = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' })
      delete json.$schema
      return [key, json]
    })
  )
}

export interface Extras extends RolePreferences {
  accounts: Accounts
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
  private cachedExtras: Extras | undefined

  private pendingRecent: Record<string, number> | undefined
  private flushScheduled = false

  /**
   * `defer` postpones the write of "last used" times: a switch should not wait for a settings-file
   * write, and several switches in a row need only one. Without it, writes happen at once.
   */
  constructor(
    private readonly kv: KeyValueStore,
    private readonly defer: (write: () => void) => void = (write) => write()
  ) {}

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

  /** Favourites, last use and account colours: small, user-owned, and valid for config roles too. */
  extras(): Extras {
    this.cachedExtras ??= {
      ...readRolePreferences((key) => this.kv.get(key)),
      accounts: parseOr(accountsSchema, this.kv.get('accounts'), {})
    }
    if (this.pendingRecent && this.cachedExtras.recent !== this.pendingRecent) {
      // The same object until something changes, so callers can tell "unchanged" by identity.
      this.cachedExtras = { ...this.cachedExtras, recent: this.pendingRecent }
    }
    return this.cachedExtras
  }

  /** Writes what `defer` held back; called by the deferred write and on quit. */
  flush(): void {
    this.flushScheduled = false
    const recent = this.pendingRecent
    if (!recent) return
    this.pendingRecent = undefined
    try {
      this.write('recent', recent)
    } catch {
      // Only the "recent" ordering is at stake; it is kept in memory and written with the next change.
      this.pendingRecent ??= recent
    }
  }

  setCredentialsProfile(roleId: string, profile: string | null): void {
    const others = Object.fromEntries(Object.entries(this.extras().credentialsProfiles).filter(([id]) => id !== roleId))
    this.write('credentialsProfiles', profile ? { ...others, [roleId]: profile } : others)
  }

  setAutoRefresh(roleId: string, enabled: boolean): void {
    this.write('autoRefresh', { ...this.extras().autoRefresh, [roleId]: enabled })
  }

  setFavourite(roleId: string, favourite: boolean): void {
    const next = new Set(this.extras().favourites)
    if (favourite) next.add(roleId)
    else next.delete(roleId)
    this.write('favourites', [...next])
  }

  markUsed(roleId: string, at: number): void {
    this.pendingRecent = latestUses({ ...this.extras().recent, [roleId]: at })
    if (this.flushScheduled) return
    this.flushScheduled = true
    this.defer(() => this.flush())
  }

  updateAccount(accountId: string, patch: { alias?: string | null; colour?: string | null }): void {
    const current = { ...this.extras().accounts[accountId] }
    if (patch.alias !== undefined) current.alias = patch.alias || undefined
    if (patch.colour !== undefined) current.colour = patch.colour ?? undefined
    const accounts = { ...this.extras().accounts, [accountId]: JSON.parse(JSON.stringify(current)) as Accounts[string] }
    this.write('accounts', accounts)
  }

  /**
   * Keys whose stored value Rolecall reads as absent although something is there. conf has no schema
   * here, so it opens such a file without complaint, and the next write would replace the value for
   * good; openStore treats the file as damaged instead. A single invalid role does not count: roles
   * are skipped on read and kept on write.
   */
  unreadableKeys(): string[] {
    const unreadable: string[] = []
    if (!settingsSchema.partial().safeParse(this.kv.get('settings') ?? {}).success) unreadable.push('settings')
    if (!isAbsent(this.kv.get('roles')) && !Array.isArray(this.kv.get('roles'))) unreadable.push('roles')
    for (const [key, value] of Object.entries(this.extras())) {
      const read = value instanceof Set ? value.size : Object.keys(value).length
      if (read === 0 && !isAbsent(this.kv.get(key))) unreadable.push(key)
    }
    return unreadable
  }

  private rawRoles(): unknown[] {
    const raw = this.kv.get('roles')
    return Array.isArray(raw) ? [...raw] : []
  }

  private write(
    key: 'settings' | 'roles' | 'favourites' | 'recent' | 'accounts' | 'autoRefresh' | 'credentialsProfiles',
    value: unknown
  ): void {
    try {
      this.kv.set(key, value)
    } catch (error) {
      throw new StorageError(`Could not write ${this.kv.path}: ${(error as Error).message}`)
    } finally {
      this.cachedSettings = undefined
      this.cachedRoles = undefined
      this.cachedExtras = undefined
    }
  }
}

/**
 * The "recent" map as saved while another process (the CLI, the app) may have saved its own uses since
 * this one read it: every role's latest use from both.
 */
export function mergeRecent(onDisk: unknown, saving: unknown): Record<string, number> {
  const merged = recentOf(onDisk)
  for (const [roleId, at] of Object.entries(recentOf(saving))) {
    merged[roleId] = Math.max(merged[roleId] ?? at, at)
  }
  return latestUses(merged)
}

/** Kept short: only the most recent matter for "recent first". */
function latestUses(recent: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(recent)
      .sort(([, a], [, b]) => b - a)
      .slice(0, 50)
  )
}

export function parseRoles(raw: unknown): StoredRole[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((entry) => {
    const parsed = storedRoleSchema.safeParse(withPlainName(entry))
    return parsed.success ? [parsed.data] : []
  })
}

/**
 * A display name saved before the contract refused control characters is read with spaces for them,
 * so the role stays listed (and is saved that way when next edited) rather than being skipped.
 */
function withPlainName(entry: unknown): unknown {
  const name = (entry as { displayName?: unknown } | null)?.displayName
  if (typeof name !== 'string' || !hasControlCharacter(name)) return entry
  return { ...(entry as object), displayName: withoutControlCharacters(name) }
}

function parseOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : fallback
}

/** Nothing there, or an empty list or record: what a default would hold. */
function isAbsent(value: unknown): boolean {
  if (value === undefined) return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
