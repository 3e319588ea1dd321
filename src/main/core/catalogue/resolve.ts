// Finds the role a name given outside the window means: the CLI's ROLE and the broker's requests
// both come here, so the two cannot read a name differently. A key is looked up in its own namespace
// only; a plain name (a profile name or a display name) must match exactly one role, or the caller is
// told which keys to use instead. Nothing is ever picked silently from several candidates.
import { fail, type Fail, type Result } from '../../../shared/result'
import type { RoleView } from '../../../shared/views'
import { looksLikeKey, parseRoleKey } from './role-key'

type Named = Pick<RoleView, 'id' | 'key' | 'origin' | 'profile' | 'displayName'>

export function resolveRole<R extends Named>(roles: readonly R[], name: string): Result<R> {
  if (looksLikeKey(name)) return byKey(roles, name)
  const exact = unique(roles.filter((r) => r.profile === name || r.displayName === name))
  const lower = name.toLowerCase()
  const matches = exact.length > 0 ? exact : unique(roles.filter((r) => r.displayName.toLowerCase() === lower))
  if (matches.length === 1) return { ok: true, value: matches[0]! }
  if (matches.length > 1) {
    return unresolved(
      'AmbiguousRole',
      'More than one role has this name',
      `${JSON.stringify(name)} could be any of ${matches.map(describe).join(', ')}. Name the one you mean by its key.`
    )
  }
  return unresolved('UnknownRole', 'Unknown role', `No role is called ${JSON.stringify(name)}; "rolecall list" shows the names and keys to use.`)
}

function byKey<R extends Named>(roles: readonly R[], key: string): Result<R> {
  const parsed = parseRoleKey(key)
  if (!parsed) {
    return unresolved(
      'UnknownRole',
      'Not a role key',
      `${JSON.stringify(key)} starts like a role key (app.ID or profile.NAME) but is not one; "rolecall list" shows each role's key.`
    )
  }
  const role = roles.find((r) => r.key === key)
  if (role) return { ok: true, value: role }
  const what = parsed.namespace === 'app' ? 'No role added in Rolecall has' : 'No config profile has'
  // A profile named like a key ([profile app.x]) is only ever reached by its own key.
  const profile = roles.find((r) => r.profile === key)
  const hint = profile ? ` The config profile named "${key}" is ${profile.key}.` : ''
  return unresolved('UnknownRole', 'Unknown role', `${what} the key ${key}; "rolecall list" shows each role's key.${hint}`)
}

/** A config role also matches by display name (its profile name); count it once. */
function unique<R extends Named>(roles: R[]): R[] {
  return roles.filter((role, i) => roles.findIndex((r) => r.id === role.id) === i)
}

function describe(role: Named): string {
  return role.origin === 'app' ? `${role.key} (added in Rolecall)` : `${role.key} (config profile)`
}

function unresolved(code: string, title: string, detail: string): Fail {
  return fail({ code, title, detail })
}
