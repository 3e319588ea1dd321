// Rolecall's managed block in the shared config file: credential_process profiles for the user's
// roles, between BEGIN and END markers. Adding replaces only the block; removing deletes only it;
// every other byte of the file stays as it was. Writes are atomic and locked like the credentials file.
import { editSharedFile } from './shared-file'

const BEGIN = '# BEGIN Rolecall credential_process profiles (managed by Rolecall; edits inside are replaced)'
const END = '# END Rolecall credential_process profiles'

export interface ProcessProfile {
  /** The profile name tools will use, e.g. "rolecall-prod-admin". */
  name: string
  /** What the role is called for `rolecall credential-process`. */
  role: string
}

/** "prod admin (EU)" → "rolecall-prod-admin-eu": a profile name any tool accepts. */
export function processProfileName(role: string): string {
  const slug = role
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `rolecall-${slug || 'role'}`
}

/** One profile per role, named by processProfileName; roles whose names make the same one get -2, -3, … */
export function processProfiles(roles: readonly string[]): ProcessProfile[] {
  const taken = new Set<string>()
  return roles.map((role) => {
    const base = processProfileName(role)
    let name = base
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`
    taken.add(name)
    return { name, role }
  })
}

export async function writeProcessProfiles(path: string, profiles: readonly ProcessProfile[], command: string): Promise<void> {
  const block = [
    BEGIN,
    ...profiles.flatMap((p) => [`[profile ${p.name}]`, `credential_process = ${command} credential-process ${quoteArg(p.role)}`]),
    END
  ]
    .map((line) => `${line}\n`)
    .join('')
  await editSharedFile(path, (text) => {
    const span = findBlock(text)
    if (span) return text.slice(0, span.start) + block + text.slice(span.end)
    const separator = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n'
    return text + separator + block
  })
}

export async function removeProcessProfiles(path: string): Promise<boolean> {
  let removed = false
  await editSharedFile(path, (text) => {
    const span = findBlock(text)
    if (!span) return text
    removed = true
    // Take back the blank line the block was given when it was added.
    const start = text.slice(0, span.start).endsWith('\n\n') ? span.start - 1 : span.start
    return text.slice(0, start) + text.slice(span.end)
  })
  return removed
}

function findBlock(text: string): { start: number; end: number } | undefined {
  const start = text.indexOf(`${BEGIN}\n`)
  if (start === -1) return undefined
  const endAt = text.indexOf(`${END}\n`, start)
  if (endAt === -1) return undefined
  return { start, end: endAt + END.length + 1 }
}

/** botocore splits credential_process with shell-like rules: quote a role name with spaces. */
function quoteArg(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
}
