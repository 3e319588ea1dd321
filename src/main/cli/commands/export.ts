// `rolecall export ROLE`: the role's temporary credentials as a snippet to evaluate or a document to save.
import { formatExport } from '../../core/export-format'
import { parseDuration, parseFormat, type CommandArgs } from '../args'
import { print } from '../output'

export async function exportCredentials({ role, values }: CommandArgs<'export'>): Promise<void> {
  const format = parseFormat(values.format, 'export')
  const durationSeconds = values.duration === undefined ? undefined : parseDuration(values.duration, 'export')
  // The core (and with it the AWS SDK) loads only once the command line is known to be good.
  const { findRole, mfaCodeOption, roleCredentials, withCore } = await import('../core-session')
  const mfaCode = mfaCodeOption(values['mfa-code'], 'export')
  await withCore(async (core) => {
    const target = findRole(core, role)
    const { credentials, region } = await roleCredentials(core, target, { mfaCode, durationSeconds })
    print(formatExport(format, { credentials, region, profile: target.profile ?? target.displayName }))
  })
}
