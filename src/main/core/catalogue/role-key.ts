// A role's key: the one name that refers to a role unambiguously, wherever a role is named outside
// the window (the CLI's ROLE, the broker, credential_process lines). App roles and config profiles
// live in separate namespaces, "app.<id>" and "profile.<name>", so neither can take the other's name.
// Keys use only [A-Za-z0-9._-], which no shell, INI reader or Windows command line treats specially.

export type RoleNamespace = 'app' | 'profile'

export interface RoleKey {
  namespace: RoleNamespace
  /** The app role's id, or the config profile's name, as it is. */
  name: string
}

export const KEY_CHARACTERS = /^[A-Za-z0-9._-]+$/

const SELF = /^[A-Za-z0-9.-]+$/

const PREFIXES: Record<RoleNamespace, string> = { app: 'app.', profile: 'profile.' }

export function roleKey(namespace: RoleNamespace, name: string): string {
  return PREFIXES[namespace] + encodeKeyName(name)
}

/** Whether `text` is written as a key: such a ROLE is only ever read as one, never as a plain name. */
export function looksLikeKey(text: string): boolean {
  return text.startsWith(PREFIXES.app) || text.startsWith(PREFIXES.profile)
}

/** The namespace and name a key stands for; undefined when `text` is not a well-formed key. */
export function parseRoleKey(text: string): RoleKey | undefined {
  for (const namespace of ['app', 'profile'] as const) {
    const prefix = PREFIXES[namespace]
    if (!text.startsWith(prefix)) continue
    const name = decodeKeyName(text.slice(prefix.length))
    return name === undefined ? undefined : { namespace, name }
  }
  return undefined
}

/**
 * Letters, digits, "." and "-" stand for themselves; "_" is written "__"; every other character is
 * "_" and its UTF-8 bytes in upper-case hex ("a@b" → "a_40b", "é" → "_C3_A9"). One spelling per
 * name, so a key can be compared as text.
 */
export function encodeKeyName(name: string): string {
  // Most names need no escape; a catalogue of thousands is keyed on every build.
  if (SELF.test(name)) return name
  let out = ''
  for (const char of name) {
    if (/^[A-Za-z0-9.-]$/.test(char)) out += char
    else if (char === '_') out += '__'
    else for (const byte of Buffer.from(char, 'utf8')) out += `_${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** The inverse of encodeKeyName, or undefined for text it could not have written. */
export function decodeKeyName(encoded: string): string | undefined {
  if (encoded === '' || !KEY_CHARACTERS.test(encoded)) return undefined
  const bytes: number[] = []
  for (let i = 0; i < encoded.length; i++) {
    const char = encoded[i]!
    if (char !== '_') {
      bytes.push(char.charCodeAt(0))
      continue
    }
    if (encoded[i + 1] === '_') {
      bytes.push(0x5f)
      i += 1
      continue
    }
    const hex = encoded.slice(i + 1, i + 3)
    if (!/^[0-9A-F]{2}$/.test(hex)) return undefined
    bytes.push(parseInt(hex, 16))
    i += 2
  }
  const name = Buffer.from(bytes).toString('utf8')
  // Malformed UTF-8, or an escape for a character that stands for itself: not a spelling encodeKeyName makes.
  return encodeKeyName(name) === encoded ? name : undefined
}
