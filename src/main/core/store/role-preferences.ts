// The per-role choices kept beside the roles (favourites, last use, auto-refresh, credentials-file
// profile), read without a schema library so the CLI's fast `list` and the app validate them alike:
// a value of the wrong shape counts as absent, never as an error.

export interface RolePreferences {
  favourites: Set<string>
  recent: Record<string, number>
  autoRefresh: Record<string, boolean>
  credentialsProfiles: Record<string, string>
}

export function readRolePreferences(get: (key: string) => unknown): RolePreferences {
  const favourites = get('favourites')
  return {
    favourites: new Set(Array.isArray(favourites) && favourites.every((f) => typeof f === 'string') ? favourites : []),
    recent: recentOf(get('recent')),
    autoRefresh: recordOf(get('autoRefresh'), 'boolean'),
    credentialsProfiles: recordOf(get('credentialsProfiles'), 'string')
  }
}

/** Each role's last use (epoch ms), by role id. */
export function recentOf(value: unknown): Record<string, number> {
  return recordOf(value, 'number')
}

type Primitive = { number: number; boolean: boolean; string: string }

/**
 * A copy without a prototype: these are looked up by role id, which is the user's to choose, and an
 * id like "constructor" must find nothing rather than Object's own function.
 */
function recordOf<T extends keyof Primitive>(value: unknown, type: T): Record<string, Primitive[T]> {
  const record = Object.create(null) as Record<string, Primitive[T]>
  return isRecord(value) && Object.values(value).every((v) => typeof v === type) ? Object.assign(record, value) : record
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
