// `rolecall credential-process ROLE`: the credential_process protocol. Stdout holds the JSON document
// and nothing else, and nothing at all on failure, where the reason goes to stderr.
import { formatExport } from '../../core/credentials-out/export-format'
import { defined, parseDuration, type CommandArgs } from '../args'
import { print } from '../output'
import { fromRunningApp } from '../running-app'

export async function credentialProcess({ role, values }: CommandArgs<'credential-process'>): Promise<void> {
  const durationSeconds = values.duration === undefined ? undefined : parseDuration(values.duration, 'credential-process')
  const served = await fromRunningApp({ op: 'credentials', ...defined({ role, durationSeconds }) }, 'credential-process')
  if (served && 'credentials' in served) return print(formatExport('json', { credentials: served.credentials }))
  const { findRole, roleCredentials, withStandaloneCore } = await import('../standalone-core')
  await withStandaloneCore(async (core) => {
    const credentials = await roleCredentials(core, findRole(core, role!), { durationSeconds })
    print(formatExport('json', credentials))
  })
}
