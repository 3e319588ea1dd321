// `rolecall export ROLE`: the role's temporary credentials as a snippet to evaluate or a document to save.
import { PROFILE_NAME_PATTERN } from '../../../shared/profile-name'
import { formatExport } from '../../core/credentials-out/export-format'
import { defined, parseDuration, parseFormat, type CommandArgs } from '../args'
import type { TemporaryCredentials } from '../../core/sts/sts-gateway'
import { CommandError, UsageError } from '../errors'
import { mfaCodeOption } from '../mfa-code'
import { note, print } from '../output'
import { fromRunningApp } from '../running-app'

export async function exportCredentials({ role, values }: CommandArgs<'export'>): Promise<void> {
  const toFile = values['to-credentials-file']
  if (toFile !== undefined && values.format !== undefined) {
    throw new UsageError('--format and --to-credentials-file do not go together: the file has its own format.', 'export')
  }
  if (toFile && !PROFILE_NAME_PATTERN.test(toFile)) {
    throw new UsageError(`--to-credentials-file: "${toFile}" is not a profile name (letters, digits and . + @ _ -).`, 'export')
  }
  const format = parseFormat(values.format, 'export')
  const durationSeconds = values.duration === undefined ? undefined : parseDuration(values.duration, 'export')
  const mfaCode = mfaCodeOption(values['mfa-code'], 'export')
  const served = await fromRunningApp({ op: 'credentials', ...defined({ role, durationSeconds, mfaCode }) }, 'export')
  if (served && 'credentials' in served) {
    const { region, roleName, ...credentials } = served.credentials
    if (toFile !== undefined) return toCredentialsFile(toFile, role ?? roleName, credentials)
    return print(formatExport(format, { credentials, region, profile: role ?? roleName }))
  }
  // The core (and with it the AWS SDK) loads only when no running app answered.
  const { findRole, roleCredentials, withStandaloneCore } = await import('../standalone-core')
  await withStandaloneCore(async (core) => {
    const target = findRole(core, role!)
    const { credentials, region } = await roleCredentials(core, target, { mfaCode, durationSeconds })
    const name = target.profile ?? target.displayName
    if (toFile !== undefined) return toCredentialsFile(toFile, name, credentials)
    print(formatExport(format, { credentials, region, profile: name }))
  })
}

/** The credentials go to the file the user named, not to stdout; what happened is said on stderr. */
async function toCredentialsFile(profile: string, roleName: string, credentials: TemporaryCredentials): Promise<void> {
  const [{ writeProfile }, { processProfileName }, { awsFilePaths }] = await Promise.all([
    import('../../core/credentials-out/credentials-file'),
    import('../../core/credentials-out/process-profiles/entries'),
    import('../../core/catalogue/aws-file-paths')
  ])
  const name = profile || processProfileName(roleName)
  const path = awsFilePaths().credentials
  try {
    await writeProfile(path, { profile: name, roleName, credentials })
  } catch (error) {
    throw new CommandError({ code: 'SharedFileFailed', title: 'Could not update the AWS file', detail: (error as Error).message })
  }
  note(`wrote profile [${name}] to ${path}; it expires ${new Date(credentials.expiresAt).toISOString()}.`)
}
