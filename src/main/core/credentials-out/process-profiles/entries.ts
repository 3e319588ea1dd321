// The credential_process profiles Rolecall adds to the config: one per role, each named for the role
// ("rolecall-prod-admin") and running the CLI with the role's key, never its display name.
import type { ProcessProfileEntry } from './block'
import { credentialProcessValue, hostFamily, type CommandFamily } from './command-line'

export interface ProcessRole {
  key: string
  displayName: string
  /** A config role's profile name, which the profile name is made from when there is one. */
  profile?: string | undefined
}

/** "prod admin (EU)" → "rolecall-prod-admin-eu": a profile name any tool accepts. */
export function processProfileName(role: string): string {
  const slug = role
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `rolecall-${slug || 'role'}`
}

/**
 * One entry per role, named by processProfileName (roles whose names make the same one get -2, -3, …
 * in order), whose credential_process runs `command` for the role's key. Throws CommandLineError when
 * `command` cannot be written safely for the platform's readers.
 */
export function processProfileEntries(
  roles: readonly ProcessRole[],
  command: readonly string[],
  family: CommandFamily = hostFamily()
): ProcessProfileEntry[] {
  const taken = new Set<string>()
  return roles.map((role) => {
    const base = processProfileName(role.profile ?? role.displayName)
    let name = base
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`
    taken.add(name)
    return { name, credentialProcess: credentialProcessValue(command, role.key, family) }
  })
}
