// Rolecall's managed block in the shared config file: credential_process profiles for the user's
// roles, between BEGIN and END markers. Adding replaces only the block; removing deletes only it;
// every other byte of the file stays as it was. Writes are atomic and locked like the credentials file.
import { editSharedFile } from './shared-file'

const BEGIN = '# BEGIN Rolecall credential_process profiles (managed by Rolecall; edits inside are replaced)'
const END = '# END Rolecall credential_process profiles'

/** One profile in the block: its name and its credential_process value, both ready to write. */
export interface ProcessProfileEntry {
  name: string
  credentialProcess: string
}

export async function writeProcessProfiles(path: string, entries: readonly ProcessProfileEntry[]): Promise<void> {
  const block = [
    BEGIN,
    ...entries.flatMap((e) => [`[profile ${e.name}]`, `credential_process = ${e.credentialProcess}`]),
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
