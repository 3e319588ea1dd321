// `rolecall export ROLE`: the role's temporary credentials as a snippet to evaluate or a document to save.
import { formatExport } from '../../core/export-format'
import { defined, parseDuration, parseFormat, type CommandArgs } from '../args'
import { mfaCodeOption } from '../mfa-code'
import { print } from '../output'
import { fromRunningApp } from '../running-app'

export async function exportCredentials({ role, values }: CommandArgs<'export'>): Promise<void> {
  const format = parseFormat(values.format, 'export')
  const durationSeconds = values.duration === undefined ? undefined : parseDuration(values.duration, 'export')
  const mfaCode = mfaCodeOption(values['mfa-code'], 'export')
  const served = await fromRunningApp({ op: 'credentials', ...defined({ role, durationSeconds, mfaCode }) }, 'export')
  if (served && 'credentials' in served) {
    const { region, roleName, ...credentials } = served.credentials
    return print(formatExport(format, { credentials, region, profile: role ?? roleName }))
  }
  // The core (and with it the AWS SDK) loads only when no running app answered.
  const { findRole, roleCredentials, withCore } = await import('../core-session')
  await withCore(async (core) => {
    const target = findRole(core, role!)
    const { credentials, region } = await roleCredentials(core, target, { mfaCode, durationSeconds })
    print(formatExport(format, { credentials, region, profile: target.profile ?? target.displayName }))
  })
}
